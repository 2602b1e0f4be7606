import { nextClientNumber } from '../clients/client-number';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';

const firstNames = [
  'Anna',
  'Jürgen',
  'Özlem',
  'Lukas',
  'Marie',
  'Kim',
  'Friedrich',
  'Lena',
  'Thomas',
  'Sabine',
  'Mehmet',
  'Ursula',
  'Paul',
  'Greta',
  'Tobias',
  'Claudia',
  'Jörg',
  'Hannah',
  'Emil',
  'Sophie',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Yılmaz',
  'Kowalski',
  'Öztürk',
  'Weiß',
  'Groß',
];
const companyWords = [
  'Nordlicht',
  'Rheinblick',
  'Alpen',
  'Hanse',
  'Spree',
  'Elbtal',
  'Sonnenhof',
  'Lindenhof',
  'Bergmann',
  'Isar',
  'Mainufer',
  'Ostsee',
  'Schwarzwald',
  'Harz',
  'Weser',
];
const companyTrades = [
  'Bäckerei',
  'Elektro',
  'Software',
  'Immobilien',
  'Logistik',
  'Bau',
  'Medien',
  'Consulting',
  'Gastronomie',
  'Handel',
  'Pflege',
  'Metallbau',
];
const legalForms = [
  'GmbH',
  'UG (haftungsbeschränkt)',
  'GmbH & Co. KG',
  'KG',
  'OHG',
  'GbR',
  'e.K.',
  'AG',
  'e.V.',
  'eG',
  'PartG mbB',
];
const cities = [
  'Berlin',
  'Hamburg',
  'München',
  'Köln',
  'Frankfurt am Main',
  'Stuttgart',
  'Düsseldorf',
  'Leipzig',
  'Dortmund',
  'Essen',
  'Bremen',
  'Dresden',
  'Hannover',
  'Nürnberg',
  'Duisburg',
  'Bochum',
  'Wuppertal',
  'Bielefeld',
  'Bonn',
  'Münster',
  'Mainz',
  'Saarbrücken',
  'Kiel',
  'Erfurt',
  'Schwerin',
  'Potsdam',
  'Magdeburg',
  'Freiburg im Breisgau',
  'Würzburg',
  'Rostock',
];

/** Deterministic pseudo-random numbers, so benchmark data is the same on every run. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const pick = <T>(rand: (n: number) => number, list: readonly T[]): T => list[rand(list.length)] as T;

/**
 * Many synthetic clients in one transaction with prepared statements (drizzle's per-row
 * builder is ~35 us/row); one audit record names the bulk operation and its range.
 */
export function seedSyntheticClients(
  deps: ServiceDeps,
  actor: Actor,
  count: number,
  seed = 1,
): { created: number; first: string; last: string } {
  const rand = lcg(seed);
  return mutate(deps, actor, ({ now, audit }) => {
    const start = Number(nextClientNumber(deps.db));
    const insert = deps.sqlite.prepare(
      `INSERT INTO clients (client_number, kind, status, first_name, last_name, company_name, display_name, city, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < count; i++) {
      const number = String(start + i);
      const status = rand(20) === 0 ? 'inaktiv' : 'aktiv';
      const city = pick(rand, cities);
      if (rand(3) === 0) {
        const company = `${pick(rand, companyWords)} ${pick(rand, companyTrades)} ${pick(rand, legalForms)}`;
        insert.run(number, 'company', status, null, null, company, company, city, now, now);
      } else {
        const first = pick(rand, firstNames);
        const last = pick(rand, lastNames);
        insert.run(number, 'person', status, first, last, null, `${last}, ${first}`, city, now, now);
      }
    }
    const range = { created: count, first: String(start), last: String(start + count - 1) };
    audit({
      action: 'client.bulk_seed',
      entityType: 'client',
      entityId: `${range.first}-${range.last}`,
      after: range,
    });
    return range;
  });
}
