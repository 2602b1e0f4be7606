import { colors, page } from './docx-package';
import { mm, pageNumberField, paragraph, run, table, tagParagraph, type ParagraphProps } from './wordml';

const small = { size: 17, color: colors.grey };

/** Letterhead of page 1, in the first-page header: Kanzlei name, address and contact line. */
export const letterhead = (): string =>
  [
    paragraph([run('{kanzlei.name}', { bold: true, size: 32, color: colors.accent })], {
      align: 'right',
      after: 40,
    }),
    paragraph([run('{kanzlei.anschrift}', small)], { align: 'right' }),
    paragraph([run('{kanzlei.kontaktzeile}', small)], { align: 'right', borderBottom: true }),
  ].join('');

/** Header of the following pages: Kanzlei name and page number. */
export const followingHeader = (): string =>
  paragraph(
    [
      run('{kanzlei.name}\t', { size: 16, color: colors.grey }),
      run('Seite ', { size: 16, color: colors.grey }),
      pageNumberField({ size: 16, color: colors.grey }),
    ],
    {
      style: 'Kopfzeile',
      tabs: [{ pos: page.textWidth, align: 'right' }],
      borderBottom: true,
    },
  );

const conditionalLine = (key: string, text: string, props: ParagraphProps = {}): string[] => [
  tagParagraph(`{#${key}}`),
  paragraph(text, props),
  tagParagraph(`{/${key}}`),
];

/** Footer on every page: address, contact and bank data in three columns, empty lines left out. */
export const footer = (): string => {
  const column = Math.floor(page.textWidth / 3);
  const style: ParagraphProps = { style: 'Fusszeile' };
  return [
    paragraph([], { borderTop: true, markSize: 4 }),
    table(
      [column, column, page.textWidth - 2 * column],
      [
        {
          cells: [
            {
              width: column,
              content: [
                paragraph([run('{kanzlei.name}', { bold: true })], style),
                paragraph('{kanzlei.strasse}', style),
                paragraph('{kanzlei.plz} {kanzlei.ort}', style),
              ].join(''),
            },
            {
              width: column,
              content: [
                ...conditionalLine('kanzlei.telefon', 'Telefon {kanzlei.telefon}', style),
                ...conditionalLine('kanzlei.fax', 'Fax {kanzlei.fax}', style),
                ...conditionalLine('kanzlei.email', '{kanzlei.email}', style),
                ...conditionalLine('kanzlei.website', '{kanzlei.website}', style),
              ].join(''),
            },
            {
              width: page.textWidth - 2 * column,
              content: [
                tagParagraph('{#kanzlei.iban}'),
                paragraph('{kanzlei.bank}', style),
                paragraph('IBAN {kanzlei.iban}', style),
                ...conditionalLine('kanzlei.bic', 'BIC {kanzlei.bic}', style),
                tagParagraph('{/kanzlei.iban}'),
                ...conditionalLine('kanzlei.ustId', 'USt-IdNr. {kanzlei.ustId}', style),
              ].join(''),
            },
          ],
        },
      ],
    ),
    paragraph('{kanzlei.fusszeile}', { style: 'Fusszeile', align: 'center', before: 60 }),
  ].join('');
};

export interface AddressFieldSpec {
  /** Placeholder of the address block, e.g. `{mandant.anschrift}`. */
  address: string;
  /** Lines of the information block on the right: [label, value placeholder, condition key?]. */
  info: readonly (readonly [string, string, string?])[];
}

/**
 * DIN 5008 form B address field as a borderless table from 45 mm: return line and Vermerk in the
 * 17.7 mm Zusatz- und Vermerkzone, the address in the 27.3 mm Anschriftzone (85 mm wide), and the
 * information block from 125 mm.
 */
export function addressField(spec: AddressFieldSpec): string {
  const spacer = paragraph([], { line: mm(45) - page.top, lineExact: true, markSize: 2 });
  const addressWidth = mm(85);
  const gap = mm(15);
  const infoWidth = page.textWidth - addressWidth - gap;
  const info = spec.info.flatMap(([label, value, condition]) => {
    const line = paragraph(`${label}\t${value}`, { style: 'Infoblock', tabs: [{ pos: mm(30) }] });
    return condition ? [tagParagraph(`{#${condition}}`), line, tagParagraph(`{/${condition}}`)] : [line];
  });
  return (
    spacer +
    table(
      [addressWidth, gap, infoWidth],
      [
        {
          height: mm(17.7),
          exact: true,
          cells: [
            {
              width: addressWidth,
              content: [
                paragraph('{kanzlei.ruecksendeangabe}', { style: 'Ruecksendeangabe', after: 60 }),
                paragraph([run('{eingabe.versandvermerk}', { bold: true })], { style: 'Anschrift' }),
              ].join(''),
            },
            { width: gap, content: paragraph() },
            { width: infoWidth, content: info.join(''), vMerge: 'restart' },
          ],
        },
        {
          height: mm(27.3),
          exact: true,
          cells: [
            { width: addressWidth, content: paragraph(spec.address, { style: 'Anschrift' }) },
            { width: gap, content: paragraph() },
            { width: infoWidth, content: paragraph(), vMerge: 'continue' },
          ],
        },
      ],
    )
  );
}

/** Date line, right-aligned: "Köln, 24. November 2026". */
export const dateLine = (): string => paragraph('{datumszeile}', { align: 'right', before: mm(6) });

/** Subject in bold, two blank lines below the date line. */
export const subject = (...lines: string[]): string =>
  lines.map((line, i) => paragraph(line, { style: 'Betreff', before: i === 0 ? mm(8) : 0 })).join('');

export const greeting = (placeholder: string): string =>
  paragraph(placeholder, { style: 'Brieftext', before: mm(8) });

export const body = (text: string): string => paragraph(text, { style: 'Brieftext' });

/**
 * Closing formula, Kanzlei name, room for the signature, Berater name and Berufsbezeichnung, in a
 * table row that cannot split: keep-with-next chains are not reliably honoured by every word processor.
 */
export function closing(formula: string): string {
  const content = [
    paragraph(formula, { before: 120 }),
    paragraph('{kanzlei.name}', { before: 200 }),
    paragraph('{berater.name}', { before: mm(12) }),
    paragraph('{berater.berufsbezeichnung}'),
  ].join('');
  return table([page.textWidth], [{ cantSplit: true, cells: [{ width: page.textWidth, content }] }]);
}

/** "Anlagen" with the list typed in for the letter, only when there is one. */
export const attachments = (): string =>
  [
    tagParagraph('{#hatAnlagen}'),
    paragraph([run('Anlagen', { bold: true })], { before: mm(8), keepNext: true }),
    paragraph('{eingabe.anlagen}'),
    tagParagraph('{/hatAnlagen}'),
  ].join('');
