import { transliterateGerman } from '../../../../src-shared/clients/text';
import { accuracyFieldLabels } from '../../../../src-shared/documents/review-state';
import type { DocumentStatus } from '../../../../src-shared/documents/document-schemas';
import { isDocType, type DocType } from '../../../../src-shared/rules/documents/doc-types';
import type { ServiceDeps } from '../deps';

const wordSplit = /[^\p{L}\p{N}]+/u;
// A number as typed from a letter: optional country letters, digits and separators (181/815/08155).
const identifierLike = /^[A-Za-z]{0,2}[\d\s/.-]*\d[\d\s/.-]*$/;

const prefixTerm = (token: string): string => `"${token.replace(/"/g, '')}"*`;

function wordTerm(word: string): string {
  const lower = word.toLowerCase();
  const transliterated = transliterateGerman(lower);
  // The index holds the text as is (the tokenizer drops diacritics: müller → muller) and spelled
  // with ae/oe/ue/ss, so "Müller", "Mueller" and "Muller" all find each other.
  return transliterated === lower
    ? prefixTerm(lower)
    : `(${prefixTerm(lower)} OR ${prefixTerm(transliterated)})`;
}

/** Words of the query as the tokenizer sees them. */
export const queryWords = (query: string): string[] =>
  query
    .trim()
    .slice(0, 200)
    .split(wordSplit)
    .filter((word) => word !== '');

/**
 * FTS5 MATCH expression over documents_fts: every word a prefix, all words required. A number typed
 * as a whole ("181/815/08155", "DE12 3456 …") is one phrase whose parts follow each other as printed.
 */
export function buildDocumentQuery(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  if (identifierLike.test(input.trim()) && words.length > 1) {
    return `"${words.map((w) => w.toLowerCase()).join(' ')}"*`;
  }
  return words.map(wordTerm).join(' AND ');
}

/** Lower case without diacritics, with a map from each folded character back to the original. */
function foldWithMap(text: string, transliterate: boolean): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!.toLowerCase();
    let out: string;
    if (transliterate && 'äöü'.includes(char)) out = `${char.normalize('NFD')[0]}e`;
    else if (char === 'ß') out = 'ss';
    else out = char.normalize('NFD').replace(/\p{M}/gu, '');
    for (const c of out) {
      folded += c;
      origin.push(i);
    }
  }
  return { folded, origin };
}

const foldQueryWord = (word: string): string =>
  word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

/** About 160 characters of the page around the first hit, whitespace collapsed, with ellipses. */
export function snippetAround(text: string, words: readonly string[]): string | null {
  const targets = words.map(foldQueryWord).filter((w) => w.length > 0);
  let best: number | null = null;
  for (const transliterate of [false, true]) {
    const { folded, origin } = foldWithMap(text, transliterate);
    for (const target of targets) {
      const at = folded.indexOf(target);
      if (at >= 0) {
        const original = origin[at]!;
        if (best === null || original < best) best = original;
      }
    }
  }
  if (best === null) return null;
  const start = Math.max(0, best - 60);
  const end = Math.min(text.length, best + 100);
  let from = start;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < best) from = space + 1;
  }
  let to = end;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > best) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}

export interface DocumentSearchHit {
  id: number;
  originalName: string;
  docType: DocType | null;
  clientId: number | null;
  clientName: string | null;
  status: DocumentStatus;
  snippet: string;
}

interface HitRow {
  id: number;
  original_name: string;
  doc_type: string | null;
  client_id: number | null;
  client_name: string | null;
  status: DocumentStatus;
}

/**
 * Full-text search over document names and extracted text (documents_fts), best first (bm25), each
 * with a snippet from the page where a searched word occurs. Used by documents:search, Ctrl+K and
 * `rsk documents search`.
 */
export function searchDocuments(
  deps: Pick<ServiceDeps, 'sqlite'>,
  query: string,
  limit = 20,
): DocumentSearchHit[] {
  const match = buildDocumentQuery(query);
  if (!match) return [];
  let rows: HitRow[];
  try {
    rows = deps.sqlite
      .prepare(
        `SELECT d.id, d.original_name, d.doc_type, d.client_id, c.display_name AS client_name, d.status
         FROM (SELECT rowid AS id, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) m
         JOIN documents d ON d.id = m.id LEFT JOIN clients c ON c.id = d.client_id
         ORDER BY m.rank`,
      )
      .all(match, Math.max(1, Math.min(limit, 100))) as HitRow[];
  } catch {
    // A query FTS5 cannot parse finds nothing rather than failing the search box.
    return [];
  }
  const words = queryWords(query);
  const pagesOf = deps.sqlite.prepare(
    'SELECT text FROM document_pages WHERE document_id = ? ORDER BY page LIMIT 300',
  );
  return rows.map((row) => {
    const pages = pagesOf.pluck().all(row.id) as string[];
    let snippet: string | null = null;
    for (const text of pages) {
      snippet = snippetAround(text, words);
      if (snippet) break;
    }
    snippet ??= (pages[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
    return {
      id: row.id,
      originalName: row.original_name,
      docType: row.doc_type && isDocType(row.doc_type) ? row.doc_type : null,
      clientId: row.client_id,
      clientName: row.client_name,
      status: row.status,
      snippet,
    };
  });
}

const accuracyOrder = Object.keys(accuracyFieldLabels);

/** How often the analysis' proposals were confirmed unchanged, per field, from document_corrections. */
export function documentAccuracy(deps: Pick<ServiceDeps, 'sqlite'>) {
  const rows = deps.sqlite
    .prepare(
      'SELECT field, count(*) AS reviewed, sum(correct) AS correct FROM document_corrections GROUP BY field',
    )
    .all() as { field: string; reviewed: number; correct: number }[];
  const documents = deps.sqlite
    .prepare('SELECT count(DISTINCT document_id) FROM document_corrections')
    .pluck()
    .get() as number;
  const position = (field: string) => {
    const index = accuracyOrder.indexOf(field);
    return index < 0 ? accuracyOrder.length : index;
  };
  return {
    rows: rows
      .sort((a, b) => position(a.field) - position(b.field) || a.field.localeCompare(b.field))
      .map((row) => ({
        field: row.field,
        label: accuracyFieldLabels[row.field] ?? row.field,
        reviewed: row.reviewed,
        correct: row.correct ?? 0,
      })),
    documents,
  };
}
