// Small builders for clean WordprocessingML (ECMA-376): only the elements the letters need, written
// in schema order so Word and LibreOffice open the files without repair.

export const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1440);

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Half-points, e.g. 22 = 11 pt. */
  size?: number;
  color?: string;
}

function runProps(props: RunProps): string {
  const parts = [
    props.bold ? '<w:b/><w:bCs/>' : '',
    props.italic ? '<w:i/><w:iCs/>' : '',
    props.color ? `<w:color w:val="${props.color}"/>` : '',
    props.size ? `<w:sz w:val="${props.size}"/><w:szCs w:val="${props.size}"/>` : '',
    props.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  return parts ? `<w:rPr>${parts}</w:rPr>` : '';
}

/** A run; tabs in the text become `<w:tab/>`, so label/value lines line up on a tab stop. */
export function run(text: string, props: RunProps = {}): string {
  const pieces = text
    .split('\t')
    .map((piece) => (piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`));
  return `<w:r>${runProps(props)}${pieces.join('<w:tab/>')}</w:r>`;
}

export const pageNumberField = (props: RunProps = {}): string =>
  `<w:fldSimple w:instr=" PAGE "><w:r>${runProps(props)}<w:t>1</w:t></w:r></w:fldSimple>`;

export interface ParagraphProps {
  style?: string;
  align?: 'left' | 'right' | 'center' | 'both';
  /** Twips. */
  before?: number;
  after?: number;
  /** Line height in twips; exact when `lineExact`. */
  line?: number;
  lineExact?: boolean;
  keepNext?: boolean;
  indentLeft?: number;
  hanging?: number;
  tabs?: { pos: number; align?: 'left' | 'right' }[];
  borderTop?: boolean;
  borderBottom?: boolean;
  /** Run properties of the paragraph mark (size of an empty line). */
  markSize?: number;
}

function paragraphProps(props: ParagraphProps): string {
  const spacing =
    props.before !== undefined || props.after !== undefined || props.line !== undefined
      ? `<w:spacing${props.before !== undefined ? ` w:before="${props.before}"` : ''}${props.after !== undefined ? ` w:after="${props.after}"` : ''}${props.line !== undefined ? ` w:line="${props.line}" w:lineRule="${props.lineExact ? 'exact' : 'auto'}"` : ''}/>`
      : '';
  const border =
    props.borderTop || props.borderBottom
      ? `<w:pBdr>${props.borderTop ? '<w:top w:val="single" w:sz="4" w:space="4" w:color="1F3864"/>' : ''}${props.borderBottom ? '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="1F3864"/>' : ''}</w:pBdr>`
      : '';
  const tabs = props.tabs?.length
    ? `<w:tabs>${props.tabs.map((tab) => `<w:tab w:val="${tab.align ?? 'left'}" w:pos="${tab.pos}"/>`).join('')}</w:tabs>`
    : '';
  const indent =
    props.indentLeft !== undefined || props.hanging !== undefined
      ? `<w:ind w:left="${props.indentLeft ?? 0}"${props.hanging !== undefined ? ` w:hanging="${props.hanging}"` : ''}/>`
      : '';
  const parts = [
    props.style ? `<w:pStyle w:val="${props.style}"/>` : '',
    props.keepNext ? '<w:keepNext/>' : '',
    border,
    tabs,
    spacing,
    indent,
    props.align ? `<w:jc w:val="${props.align}"/>` : '',
    props.markSize
      ? `<w:rPr><w:sz w:val="${props.markSize}"/><w:szCs w:val="${props.markSize}"/></w:rPr>`
      : '',
  ].join('');
  return parts ? `<w:pPr>${parts}</w:pPr>` : '';
}

/** A paragraph from runs (strings are taken as plain text runs). */
export function paragraph(content: string | readonly string[] = [], props: ParagraphProps = {}): string {
  const runs = (typeof content === 'string' ? [content === '' ? '' : run(content)] : content).join('');
  return `<w:p>${paragraphProps(props)}${runs}</w:p>`;
}

/** A section tag alone in its paragraph: with paragraphLoop the paragraph disappears in the result. */
export const tagParagraph = (tag: string): string => paragraph(tag);

export interface CellSpec {
  width: number;
  content: string;
  vAlign?: 'top' | 'bottom' | 'center';
  /** Vertical merge: 'restart' opens, 'continue' continues a merged cell. */
  vMerge?: 'restart' | 'continue';
  shading?: string;
}

export function table(
  columns: readonly number[],
  rows: readonly {
    cells: readonly CellSpec[];
    height?: number;
    exact?: boolean;
    header?: boolean;
    cantSplit?: boolean;
  }[],
  opts: { borders?: 'none' | 'grid'; cellMarginLeft?: number; cellMarginRight?: number } = {},
): string {
  const width = columns.reduce((sum, column) => sum + column, 0);
  const border =
    opts.borders === 'grid' ? 'w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"' : 'w:val="nil"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} ${border}/>`)
    .join('');
  const margins = `<w:tblCellMar><w:left w:w="${opts.cellMarginLeft ?? 0}" w:type="dxa"/><w:right w:w="${opts.cellMarginRight ?? 0}" w:type="dxa"/></w:tblCellMar>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>${margins}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${columns.map((column) => `<w:gridCol w:w="${column}"/>`).join('')}</w:tblGrid>`;
  const body = rows
    .map((row) => {
      const trPr = [
        row.cantSplit ? '<w:cantSplit/>' : '',
        row.height ? `<w:trHeight w:val="${row.height}" w:hRule="${row.exact ? 'exact' : 'atLeast'}"/>` : '',
        row.header ? '<w:tblHeader/>' : '',
      ].join('');
      const cells = row.cells
        .map((cell) => {
          const tcPr = [
            `<w:tcW w:w="${cell.width}" w:type="dxa"/>`,
            cell.vMerge ? `<w:vMerge${cell.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '',
            cell.shading ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.shading}"/>` : '',
            cell.vAlign ? `<w:vAlign w:val="${cell.vAlign}"/>` : '',
          ].join('');
          return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${cell.content || paragraph()}</w:tc>`;
        })
        .join('');
      return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${body}</w:tbl>`;
}
