export interface EuVatFormat {
  /** VAT prefix as used by VIES (Greece is EL, Northern Ireland XI). */
  prefix: string;
  /** German country name for messages. */
  country: string;
  /** Pattern for the part after the prefix, separators removed, upper case. */
  pattern: RegExp;
  example: string;
}

// Formats as published for the EU VIES service; only the shape is checked for non-German numbers.
export const euVatFormats: readonly EuVatFormat[] = [
  { prefix: 'AT', country: 'Österreich', pattern: /^U\d{8}$/, example: 'ATU12345678' },
  { prefix: 'BE', country: 'Belgien', pattern: /^[01]\d{9}$/, example: 'BE0123456789' },
  { prefix: 'BG', country: 'Bulgarien', pattern: /^\d{9,10}$/, example: 'BG123456789' },
  { prefix: 'CY', country: 'Zypern', pattern: /^\d{8}[A-Z]$/, example: 'CY12345678X' },
  { prefix: 'CZ', country: 'Tschechien', pattern: /^\d{8,10}$/, example: 'CZ12345678' },
  { prefix: 'DE', country: 'Deutschland', pattern: /^\d{9}$/, example: 'DE123456788' },
  { prefix: 'DK', country: 'Dänemark', pattern: /^\d{8}$/, example: 'DK12345678' },
  { prefix: 'EE', country: 'Estland', pattern: /^\d{9}$/, example: 'EE123456789' },
  { prefix: 'EL', country: 'Griechenland', pattern: /^\d{9}$/, example: 'EL123456789' },
  { prefix: 'ES', country: 'Spanien', pattern: /^[A-Z0-9]\d{7}[A-Z0-9]$/, example: 'ESX1234567X' },
  { prefix: 'FI', country: 'Finnland', pattern: /^\d{8}$/, example: 'FI12345678' },
  { prefix: 'FR', country: 'Frankreich', pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, example: 'FR12345678901' },
  { prefix: 'HR', country: 'Kroatien', pattern: /^\d{11}$/, example: 'HR12345678901' },
  { prefix: 'HU', country: 'Ungarn', pattern: /^\d{8}$/, example: 'HU12345678' },
  {
    prefix: 'IE',
    country: 'Irland',
    pattern: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
    example: 'IE1234567WA',
  },
  { prefix: 'IT', country: 'Italien', pattern: /^\d{11}$/, example: 'IT12345678901' },
  { prefix: 'LT', country: 'Litauen', pattern: /^(\d{9}|\d{12})$/, example: 'LT123456789' },
  { prefix: 'LU', country: 'Luxemburg', pattern: /^\d{8}$/, example: 'LU12345678' },
  { prefix: 'LV', country: 'Lettland', pattern: /^\d{11}$/, example: 'LV12345678901' },
  { prefix: 'MT', country: 'Malta', pattern: /^\d{8}$/, example: 'MT12345678' },
  { prefix: 'NL', country: 'Niederlande', pattern: /^\d{9}B\d{2}$/, example: 'NL123456789B01' },
  { prefix: 'PL', country: 'Polen', pattern: /^\d{10}$/, example: 'PL1234567890' },
  { prefix: 'PT', country: 'Portugal', pattern: /^\d{9}$/, example: 'PT123456789' },
  { prefix: 'RO', country: 'Rumänien', pattern: /^[1-9]\d{1,9}$/, example: 'RO1234567890' },
  { prefix: 'SE', country: 'Schweden', pattern: /^\d{10}01$/, example: 'SE123456789001' },
  { prefix: 'SI', country: 'Slowenien', pattern: /^\d{8}$/, example: 'SI12345678' },
  { prefix: 'SK', country: 'Slowakei', pattern: /^\d{10}$/, example: 'SK1234567890' },
  {
    prefix: 'XI',
    country: 'Nordirland',
    pattern: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
    example: 'XI123456789',
  },
];

export function euVatFormatFor(prefix: string): EuVatFormat | undefined {
  return euVatFormats.find((format) => format.prefix === prefix);
}
