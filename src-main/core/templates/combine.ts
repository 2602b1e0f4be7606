import PizZip from 'pizzip';

export type CombinedBreak = 'section' | 'page';

interface BodyParts {
  head: string;
  content: string;
  sectPr: string;
  tail: string;
}

function splitBody(xml: string): BodyParts | undefined {
  const open = /<w:body>/.exec(xml);
  const close = xml.lastIndexOf('</w:body>');
  if (!open || close < 0) return undefined;
  const start = open.index + open[0].length;
  const sect = xml.lastIndexOf('<w:sectPr', close);
  const hasSectPr =
    sect >= start && /^<w:sectPr\b[\s\S]*(?:<\/w:sectPr>|\/>)\s*$/.test(xml.slice(sect, close));
  return {
    head: xml.slice(0, start),
    content: xml.slice(start, hasSectPr ? sect : close),
    sectPr: hasSectPr ? xml.slice(sect, close) : '',
    tail: xml.slice(close),
  };
}

/** The section properties of one letter: starts on a new page, page numbers restart at 1. */
function letterSection(sectPr: string): string {
  let out = sectPr.replace(/<w:type\b[^>]*\/>/g, '').replace(/<w:pgNumType\b[^>]*\/>/g, '');
  if (out.endsWith('/>')) out = `${out.slice(0, -2)}></w:sectPr>`;
  out = /<w:pgSz\b/.test(out)
    ? out.replace(/<w:pgSz\b/, '<w:type w:val="nextPage"/><w:pgSz')
    : out.replace('</w:sectPr>', '<w:type w:val="nextPage"/></w:sectPr>');
  // pgNumType follows pgSz/pgMar/paperSrc/pgBorders/lnNumType in the schema.
  const anchor =
    /<w:(?:cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings)\b/.exec(
      out,
    );
  return anchor
    ? `${out.slice(0, anchor.index)}<w:pgNumType w:start="1"/>${out.slice(anchor.index)}`
    : out.replace('</w:sectPr>', '<w:pgNumType w:start="1"/></w:sectPr>');
}

/** Drawing and bookmark ids must stay unique when the same body appears several times. */
function renumberIds(content: string, letter: number): string {
  if (letter === 0) return content;
  const offset = letter * 10_000;
  return content
    .replace(
      /(<wp:docPr\b[^>]*?\bid=")(\d+)"/g,
      (_m, head: string, id: string) => `${head}${Number(id) + offset}"`,
    )
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g,
      (_m, head: string, id: string) => `${head}${Number(id) + offset}"`,
    );
}

/**
 * One DOCX from letters rendered from the same template: the bodies one after another, each letter
 * in its own section (new page, first-page letterhead again, page numbers from 1), or separated by
 * plain page breaks. Headers, footers, styles and relationships come from the first letter.
 */
export function combineDocuments(documents: readonly Buffer[], mode: CombinedBreak = 'section'): Buffer {
  const first = documents[0];
  if (first === undefined) throw new Error('combineDocuments needs at least one document');
  const zip = new PizZip(first);
  const bodies = documents.map((docx, i) => {
    const xml = (i === 0 ? zip : new PizZip(docx)).file('word/document.xml')?.asText() ?? '';
    const parts = splitBody(xml);
    if (!parts) throw new Error(`letter ${i + 1} has no document body`);
    return parts;
  });
  const base = bodies[0] as BodyParts;
  const useSections = mode === 'section' && base.sectPr !== '';
  const separator = useSections
    ? `<w:p><w:pPr>${letterSection(base.sectPr)}</w:pPr></w:p>`
    : '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const content = bodies.map((body, i) => renumberIds(body.content, i)).join(separator);
  const finalSectPr = useSections ? letterSection(base.sectPr) : base.sectPr;
  zip.file('word/document.xml', `${base.head}${content}${finalSectPr}${base.tail}`);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
