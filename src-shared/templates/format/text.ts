// Characters XML 1.0 cannot carry (C0 controls other than tab and newline, U+FFFE/U+FFFF) and lone
// surrogates; Word refuses a document that contains them.
const invalidXmlChars =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes XML-invalid characters and normalises line ends and tabs, for values put into a document. */
export function sanitizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(invalidXmlChars, '');
}

/** Trimmed text, or '' for null/undefined. */
export const clean = (value: string | null | undefined): string => sanitizeText(value ?? '').trim();

/** Joins the non-empty parts with a separator. */
export const joinNonEmpty = (separator: string, ...parts: (string | null | undefined)[]): string =>
  parts
    .map((part) => clean(part))
    .filter((part) => part !== '')
    .join(separator);

/** `MK` for `Markus Klein`, `JH` for `Dr. Julia Hoffmann` (titles with a dot are skipped). */
export function initials(name: string): string {
  return clean(name)
    .split(/[\s-]+/)
    .filter((word) => word !== '' && !word.endsWith('.'))
    .map((word) => word.charAt(0).toLocaleUpperCase('de-DE'))
    .join('');
}
