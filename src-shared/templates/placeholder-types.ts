/** Where a placeholder's value comes from; the UI groups the placeholder list by it. */
export const placeholderGroups = [
  'Mandant',
  'Ansprechpartner',
  'Berater',
  'Kanzlei',
  'Finanzamt',
  'Auftrag',
  'Bescheid',
  'Datum',
  'Benutzer',
  'Benutzereingabe',
] as const;
export type PlaceholderGroup = (typeof placeholderGroups)[number];

export const placeholderGroupDescriptions: Readonly<Record<PlaceholderGroup, string>> = {
  Mandant: 'Stammdaten des Mandanten, an den das Schreiben geht oder für den es erstellt wird.',
  Ansprechpartner: 'Ansprechpartner des Mandanten (bei Unternehmen); fehlt er, wird neutral angeredet.',
  Berater: 'Zuständiger Berater des Mandanten oder des Auftrags; unterschreibt das Schreiben.',
  Kanzlei: 'Daten der eigenen Kanzlei für Briefkopf, Rücksendeangabe und Fußzeile.',
  Finanzamt: 'Zuständiges Finanzamt des Mandanten (aus der Steuernummer bzw. dem Finanzamtsverzeichnis).',
  Auftrag: 'Der Auftrag, zu dem das Schreiben gehört, und die offenen Aufträge des Mandanten.',
  Bescheid: 'Der Steuerbescheid, auf den sich das Schreiben bezieht (aus dem Auftrag).',
  Datum: 'Das Datum der Erstellung.',
  Benutzer: 'Der angemeldete Benutzer, der das Dokument erstellt.',
  Benutzereingabe: 'Werte, die beim Erstellen des Dokuments eingegeben werden (nur für dieses Dokument).',
};

/**
 * text: one line; date: formatted German date; amount: formatted euro amount; block: several lines
 * (rendered as line breaks); condition: true/false for `{#…}…{/…}`; loop: a list for `{#…}…{/…}`.
 */
export const placeholderTypes = ['text', 'date', 'amount', 'block', 'condition', 'loop'] as const;
export type PlaceholderType = (typeof placeholderTypes)[number];

export const placeholderTypeLabels: Readonly<Record<PlaceholderType, string>> = {
  text: 'Text',
  date: 'Datum',
  amount: 'Betrag',
  block: 'Mehrzeilig',
  condition: 'Bedingung',
  loop: 'Liste',
};

/** A field of each entry of a loop, written without prefix inside the loop: `{#unterlagen}{bezeichnung}{/unterlagen}`. */
export interface LoopField {
  name: string;
  label: string;
  description: string;
  example: string;
  type: Exclude<PlaceholderType, 'condition' | 'loop'>;
}

export interface PlaceholderDefinition {
  /** Dotted path as written in the template, e.g. `mandant.briefanrede`. */
  key: string;
  /** German label; "<label> fehlt …" must read well. */
  label: string;
  description: string;
  /** Example value, also used for the sample preview. */
  example: string;
  group: PlaceholderGroup;
  type: PlaceholderType;
  /** Only meaningful for clients of this kind; ignored by the missing-data report for the other kind. */
  appliesTo?: 'person' | 'company';
  /** Values that are often legitimately empty (Postfach, Fax): never reported as missing. */
  optional?: boolean;
  /** For loops: the fields of each entry. */
  fields?: readonly LoopField[];
  /** For loops: the field a line of user input fills (one entry per line). */
  primaryField?: string;
}
