import { AppError } from '../../../../src-shared/errors/app-error';
import type { FinanzamtSummary } from '../../../../src-shared/clients/client-output';
import type { ServiceDeps } from '../deps';
import { finanzamtDirectory } from './finanzamt-directory';

export interface FinanzamtSearchResult {
  items: FinanzamtSummary[];
  total: number;
  source: string;
}

/** Search as you type in the form: BUFA, name or city, case- and umlaut-insensitive. */
export function searchFinanzaemter(
  deps: Pick<ServiceDeps, 'migrationsDir'>,
  input: { query: string; limit: number },
): FinanzamtSearchResult {
  const directory = finanzamtDirectory(deps);
  const found = directory.lookup.search(input.query);
  return {
    items: found.slice(0, input.limit).map(directory.summary),
    total: found.length,
    source: directory.source,
  };
}

export function getFinanzamt(
  deps: Pick<ServiceDeps, 'migrationsDir'>,
  bufa: string,
): FinanzamtSummary & { source: string } {
  const directory = finanzamtDirectory(deps);
  const office = directory.lookup.byBufa(bufa);
  if (!office) {
    throw new AppError(
      'not_found',
      `Ein Finanzamt mit der Nummer ${bufa} gibt es im Verzeichnis nicht (mehr).`,
      `Finanzamt ${bufa} not in directory`,
      { code: 'finanzamt_not_found' },
    );
  }
  return { ...directory.summary(office), source: directory.source };
}
