import { parseGermanDate } from '../rules/dates/german-dates';
import type { IssueCollector } from './field-issues';

/** ISO date from TT.MM.JJJJ or JJJJ-MM-TT; records an error and returns null when impossible. */
export function normalizeDate(
  issues: IssueCollector,
  field: string,
  value: string | null | undefined,
  opts: { today: string; notFuture?: boolean; label?: string },
): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const referenceYear = Number(opts.today.slice(0, 4));
  const parsed = parseGermanDate(text, { referenceYear, maxYearsAhead: opts.notFuture ? 0 : 20 });
  if (!parsed.ok) {
    issues.error(field, parsed.message);
    return null;
  }
  if (opts.notFuture && parsed.iso > opts.today) {
    issues.error(field, `${opts.label ?? 'Das Datum'} liegt in der Zukunft. Bitte prüfen.`);
    return null;
  }
  if (parsed.iso < '1900-01-01') {
    issues.error(field, `${opts.label ?? 'Das Datum'} liegt vor 1900. Bitte prüfen.`);
    return null;
  }
  return parsed.iso;
}
