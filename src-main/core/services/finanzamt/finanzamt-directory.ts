import fs from 'node:fs';
import path from 'node:path';
import type { FinanzamtSummary } from '../../../../src-shared/clients/client-output';
import {
  createFinanzamtLookup,
  finanzamtDirectorySchema,
  finanzamtDisplayName,
  type Finanzamt,
  type FinanzamtLookup,
} from '../../../../src-shared/rules/finanzamt';
import type { LandCode } from '../../../../src-shared/rules/land';
import { germanSortKey } from '../../../../src-shared/clients/text';
import { findResourcesDir } from '../../resources-dir';
import type { ServiceDeps } from '../deps';

export interface FinanzamtDirectoryService {
  /** "Quelle: BZSt, GemFA-Export vom 23.04.2025": shown wherever the data is. */
  source: string;
  stand: string;
  lookup: FinanzamtLookup;
  /** Offices whose name matches a name as written in an import ("München", "Rosenheim"). */
  byName(name: string): Finanzamt[];
  /** The Land, when every office of that name lies in the same one. */
  landForName(name: string): LandCode | undefined;
  summary(office: Finanzamt): FinanzamtSummary;
}

const cache = new Map<string, FinanzamtDirectoryService>();

const fold = (text: string): string => germanSortKey(text).replace(/\s+/g, ' ');

function build(file: string): FinanzamtDirectoryService {
  const directory = finanzamtDirectorySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const lookup = createFinanzamtLookup(directory);
  const byFoldedName = new Map<string, Finanzamt[]>();
  for (const office of directory.finanzaemter) {
    const key = fold(office.name);
    byFoldedName.set(key, [...(byFoldedName.get(key) ?? []), office]);
  }
  const namesMemo = new Map<string, Finanzamt[]>();
  const byName = (name: string): Finanzamt[] => {
    const key = fold(name.replace(/^finanzamt\s+/i, ''));
    if (key === '') return [];
    const memo = namesMemo.get(key);
    if (memo) return memo;
    let found: Finanzamt[];
    if (/^\d{4}$/.test(key)) found = [lookup.byBufa(key)].filter((o): o is Finanzamt => o !== undefined);
    else {
      found = byFoldedName.get(key) ?? [];
      // "Rosenheim" for "Rosenheim m. ASt Wasserburg", "München" for the Munich offices.
      if (found.length === 0) {
        found = directory.finanzaemter.filter((office) => {
          const name = fold(office.name);
          return name.startsWith(`${key} `) || name.startsWith(`${key}-`);
        });
      }
    }
    namesMemo.set(key, found);
    return found;
  };
  return {
    source: directory.source,
    stand: directory.stand,
    lookup,
    byName,
    landForName: (name) => {
      const lands = new Set(byName(name).map((office) => office.land));
      return lands.size === 1 ? [...lands][0] : undefined;
    },
    summary: (office) => ({
      bufa: office.bufa,
      name: office.name,
      displayName: finanzamtDisplayName(office),
      land: office.land,
      street: office.street ?? null,
      postalCode: office.postalCode ?? null,
      city: office.city ?? null,
      phone: office.phone ?? null,
    }),
  };
}

/** The directory shipped in resources/, read once per process. */
export function finanzamtDirectory(deps: Pick<ServiceDeps, 'migrationsDir'>): FinanzamtDirectoryService {
  const file = path.join(findResourcesDir(deps.migrationsDir), 'finanzaemter.json');
  let service = cache.get(file);
  if (!service) {
    service = build(file);
    cache.set(file, service);
  }
  return service;
}
