import type { DXT } from 'docxtemplater';
import expressionParser from 'docxtemplater/expressions.js';
import { templateFilterFunctions } from '../../../src-shared/templates';

/**
 * Marks a placeholder that rendered empty, so the cleanup can drop the space next to it or the
 * paragraph it leaves empty. A private-use character never occurs in real data (values are cleaned).
 */
export const emptyValueMark = '\ue000';

export type TemplateParser = (tag: string) => DXT.Parser;

const isPlaceholder = (context: DXT.ParserContext | undefined): boolean => !context?.meta?.part?.module;

/**
 * The angular-expressions parser (dotted names, filters such as `| euro`) with our filters. Empty
 * values of plain placeholders become the empty-value mark; sections and raw XML are left alone.
 * Compiled expressions are cached by tag text, so a batch compiles each expression once.
 */
export function createTemplateParser(): TemplateParser {
  const parse = expressionParser.configure({
    filters: { ...templateFilterFunctions },
    postEvaluate(result: unknown, _tag: string, _scope: unknown, context: DXT.ParserContext) {
      if (!isPlaceholder(context)) return result;
      if (result === null || result === undefined) return emptyValueMark;
      if (typeof result === 'string') return result.trim() === '' ? emptyValueMark : result;
      if (typeof result === 'boolean') return result ? 'ja' : 'nein';
      return result;
    },
  });
  const cache = new Map<string, DXT.Parser>();
  return (tag) => {
    let parser = cache.get(tag);
    if (parser === undefined) {
      parser = parse(tag);
      cache.set(tag, parser);
    }
    return parser;
  };
}

/** Placeholders without a value print the mark (and disappear in the cleanup); sections are false. */
export const nullGetter = (part: DXT.Part): string => (part.module ? '' : emptyValueMark);
