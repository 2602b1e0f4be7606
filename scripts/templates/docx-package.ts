import PizZip from 'pizzip';
import { escapeXml, mm } from './wordml';

const ns = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/**
 * DIN 5008 page: A4, left margin 25 mm, right 20 mm. The text starts at 27 mm, below the letterhead;
 * on page 1 a spacer paragraph moves the address field to 45 mm, so following pages keep the space.
 */
export const page = {
  width: 11906,
  height: 16838,
  top: mm(27),
  left: mm(25),
  right: mm(20),
  bottom: mm(30),
  header: mm(10),
  footer: mm(10),
  textWidth: 11906 - mm(25) - mm(20),
};

export const colors = { accent: '1F3864', grey: '595959' };

const styles = `${xmlHead}<w:styles xmlns:w="${ns.w}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Brieftext"><w:name w:val="Brieftext"/><w:basedOn w:val="Standard"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Betreff"><w:name w:val="Betreff"/><w:basedOn w:val="Standard"/><w:next w:val="Brieftext"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Anschrift"><w:name w:val="Anschrift"/><w:basedOn w:val="Standard"/><w:pPr><w:spacing w:line="250" w:lineRule="exact"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Ruecksendeangabe"><w:name w:val="Rücksendeangabe"/><w:basedOn w:val="Standard"/><w:pPr><w:spacing w:line="200" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="14"/><w:szCs w:val="14"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Infoblock"><w:name w:val="Informationsblock"/><w:basedOn w:val="Standard"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1276"/></w:tabs><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Aufzaehlung"><w:name w:val="Aufzählung"/><w:basedOn w:val="Brieftext"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="425" w:hanging="425"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kopfzeile"><w:name w:val="header"/><w:basedOn w:val="Standard"/><w:rPr><w:color w:val="${colors.grey}"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Fusszeile"><w:name w:val="footer"/><w:basedOn w:val="Standard"/><w:pPr><w:spacing w:line="220" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="${colors.grey}"/><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/><w:next w:val="Brieftext"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="${colors.accent}"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

const settings = `${xmlHead}<w:settings xmlns:w="${ns.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const fontTable = `${xmlHead}<w:fonts xmlns:w="${ns.w}"><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

const headerFooter = (tag: 'hdr' | 'ftr', body: string) =>
  `${xmlHead}<w:${tag} xmlns:w="${ns.w}" xmlns:r="${ns.r}">${body}</w:${tag}>`;

export interface DocxSpec {
  title: string;
  description: string;
  /** Paragraphs and tables of the body (without sectPr). */
  body: string;
  firstHeader: string;
  header: string;
  footer: string;
}

/** Writes the package: content types, relationships, styles, settings, headers, footers, metadata. */
export function buildDocx(spec: DocxSpec): Buffer {
  // Fixed timestamps keep the committed files byte-identical when the script runs again.
  const stamp = '2026-01-01T00:00:00Z';
  const zip = new PizZip();
  const file = (name: string, content: string) => zip.file(name, content, { date: new Date(stamp) });
  file(
    '[Content_Types].xml',
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${ct}.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${ct}.styles+xml"/>` +
      `<Override PartName="/word/settings.xml" ContentType="${ct}.settings+xml"/>` +
      `<Override PartName="/word/fontTable.xml" ContentType="${ct}.fontTable+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="${ct}.header+xml"/>` +
      `<Override PartName="/word/header2.xml" ContentType="${ct}.header+xml"/>` +
      `<Override PartName="/word/footer1.xml" ContentType="${ct}.footer+xml"/>` +
      `<Override PartName="/word/footer2.xml" ContentType="${ct}.footer+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  file(
    '_rels/.rels',
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '</Relationships>',
  );
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  file(
    'word/_rels/document.xml.rels',
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rel('rId1', 'styles', 'styles.xml') +
      rel('rId2', 'settings', 'settings.xml') +
      rel('rId3', 'fontTable', 'fontTable.xml') +
      rel('rId4', 'header', 'header1.xml') +
      rel('rId5', 'header', 'header2.xml') +
      rel('rId6', 'footer', 'footer1.xml') +
      rel('rId7', 'footer', 'footer2.xml') +
      '</Relationships>',
  );
  const sectPr =
    '<w:sectPr>' +
    '<w:headerReference w:type="default" r:id="rId5"/><w:headerReference w:type="first" r:id="rId4"/>' +
    '<w:footerReference w:type="default" r:id="rId7"/><w:footerReference w:type="first" r:id="rId6"/>' +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>` +
    `<w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="${page.header}" w:footer="${page.footer}" w:gutter="0"/>` +
    '<w:cols w:space="708"/><w:titlePg/>' +
    '</w:sectPr>';
  file(
    'word/document.xml',
    `${xmlHead}<w:document xmlns:w="${ns.w}" xmlns:r="${ns.r}"><w:body>${spec.body}${sectPr}</w:body></w:document>`,
  );
  file('word/styles.xml', styles);
  file('word/settings.xml', settings);
  file('word/fontTable.xml', fontTable);
  file('word/header1.xml', headerFooter('hdr', spec.firstHeader));
  file('word/header2.xml', headerFooter('hdr', spec.header));
  file('word/footer1.xml', headerFooter('ftr', spec.footer));
  file('word/footer2.xml', headerFooter('ftr', spec.footer));
  file(
    'docProps/core.xml',
    `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${escapeXml(spec.title)}</dc:title><dc:description>${escapeXml(spec.description)}</dc:description><dc:creator>RechtsUndSteuerKI</dc:creator><dc:language>de-DE</dc:language>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
      '</cp:coreProperties>',
  );
  file(
    'docProps/app.xml',
    `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>RechtsUndSteuerKI</Application></Properties>`,
  );
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
