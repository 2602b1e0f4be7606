// Allow-list sanitiser for the HTML mammoth produces: known tags only, almost no attributes, no
// scripts, no styles, no links or images that load anything from outside the document.

const allowedTags = new Set(
  (
    'p br strong b em i u s sub sup span h1 h2 h3 h4 h5 h6 ul ol li blockquote ' +
    'table thead tbody tfoot tr td th a img'
  ).split(' '),
);
const voidTags = new Set(['br', 'img']);
const droppedWithContent =
  /<(script|style|iframe|object|embed|template|noscript|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const tagPattern =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|<[^>]*>?/g;
const attributePattern = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const safeImage = /^data:image\/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]+$/;

const escapeAttribute = (value: string): string =>
  value
    .replace(/&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);)/gi, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');

function attributes(tag: string, source: string): string {
  const out: string[] = [];
  for (const match of source.matchAll(attributePattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if ((name === 'colspan' || name === 'rowspan') && /^\d{1,3}$/.test(value)) out.push(`${name}="${value}"`);
    else if (name === 'id' && /^[\w-]{1,100}$/.test(value)) out.push(`id="${value}"`);
    else if (tag === 'a' && name === 'href' && /^#[\w-]{1,100}$/.test(value)) out.push(`href="${value}"`);
    else if (tag === 'img' && name === 'src' && safeImage.test(value))
      out.push(`src="${escapeAttribute(value)}"`);
    else if (tag === 'img' && name === 'alt') out.push(`alt="${escapeAttribute(value)}"`);
  }
  if (tag === 'img' && !out.some((attribute) => attribute.startsWith('src='))) return '\u0000drop';
  return out.length > 0 ? ` ${out.join(' ')}` : '';
}

/** Keeps the document structure and text; drops everything that could run or fetch something. */
export function sanitizeHtml(html: string): string {
  return html
    .replace(droppedWithContent, '')
    .replace(
      tagPattern,
      (whole, closing: string | undefined, name: string | undefined, attrs: string | undefined) => {
        if (name === undefined)
          return whole.startsWith('<!--') ? '' : whole.replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const tag = name.toLowerCase();
        if (!allowedTags.has(tag)) return '';
        if (closing) return voidTags.has(tag) ? '' : `</${tag}>`;
        const attributeText = attributes(tag, attrs ?? '');
        if (attributeText === '\u0000drop') return '';
        return `<${tag}${attributeText}>`;
      },
    );
}
