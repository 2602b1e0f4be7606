/** Why a file could not be read; the UI shows `message` (German) and may react to `code`. */
export type DocumentErrorCode =
  | 'empty-file'
  | 'file-too-large'
  | 'unsupported-type'
  | 'executable'
  | 'password-required'
  | 'password-wrong'
  | 'damaged-pdf'
  | 'damaged-docx'
  | 'zip-bomb'
  | 'xml-entities'
  | 'too-many-pages'
  | 'image-too-large'
  | 'ocr-failed'
  | 'timeout'
  | 'cancelled';

export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly code: DocumentErrorCode,
    /** German, for the user. */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Encrypted PDFs: the UI asks for a password and retries. */
  get needsPassword(): boolean {
    return this.code === 'password-required' || this.code === 'password-wrong';
  }
}

/** Serialisable form for crossing the worker-thread boundary (Error subclasses lose their class there). */
export interface DocumentErrorData {
  documentError: true;
  code: DocumentErrorCode;
  message: string;
}

export const toErrorData = (error: DocumentError): DocumentErrorData => ({
  documentError: true,
  code: error.code,
  message: error.message,
});

export function isDocumentErrorData(value: unknown): value is DocumentErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { documentError?: unknown }).documentError === true
  );
}

export const messages = {
  empty: 'Die Datei ist leer.',
  tooLarge: (mb: number) => `Die Datei ist zu groß (höchstens ${mb} MB).`,
  unsupported:
    'Dieser Dateityp wird nicht unterstützt. Möglich sind PDF, Word (DOCX), Text sowie Bilder (PNG, JPEG, TIFF).',
  executable: 'Die Datei ist ein ausführbares Programm und wird aus Sicherheitsgründen nicht geöffnet.',
  passwordRequired: 'Das PDF ist passwortgeschützt. Bitte das Passwort eingeben.',
  passwordWrong: 'Das Passwort für das PDF ist falsch. Bitte erneut versuchen.',
  damagedPdf: 'Das PDF ist beschädigt oder unvollständig und kann nicht gelesen werden.',
  damagedDocx: 'Die Word-Datei ist beschädigt und kann nicht gelesen werden.',
  zipBomb:
    'Die Word-Datei ist ungewöhnlich stark komprimiert oder zu groß und wird aus Sicherheitsgründen nicht geöffnet.',
  xmlEntities:
    'Die Datei enthält XML-Definitionen (DTD/Entitäten), die aus Sicherheitsgründen nicht verarbeitet werden.',
  tooManyPages: (max: number) => `Das Dokument hat mehr als ${max} Seiten und ist zu umfangreich.`,
  imageTooLarge: 'Das Bild ist zu groß, um es per Texterkennung zu lesen.',
  ocrFailed: 'Die Texterkennung (OCR) ist fehlgeschlagen.',
  timeout: 'Das Lesen des Dokuments hat zu lange gedauert und wurde abgebrochen.',
  cancelled: 'Das Lesen des Dokuments wurde abgebrochen.',
} as const;
