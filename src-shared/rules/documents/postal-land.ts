import type { Finanzamt } from '../finanzamt';
import type { LandCode } from '../land';
import { foldText } from './normalize';

export interface PlaceLandLookup {
  /** Land of a postal code, by the Finanzämter with the same leading digits (approximate near borders). */
  byPostalCode(postalCode: string): LandCode | undefined;
  /** Land of a city that has a Finanzamt of that name or address. */
  byCity(city: string): LandCode | undefined;
}

export function createPlaceLandLookup(offices: readonly Finanzamt[]): PlaceLandLookup {
  const byPrefix = new Map<string, Map<LandCode, number>>();
  const byCity = new Map<string, LandCode>();
  const add = (prefix: string, land: LandCode): void => {
    const counts = byPrefix.get(prefix) ?? new Map<LandCode, number>();
    counts.set(land, (counts.get(land) ?? 0) + 1);
    byPrefix.set(prefix, counts);
  };
  for (const office of offices) {
    if (office.postalCode && /^\d{5}$/.test(office.postalCode)) {
      add(office.postalCode.slice(0, 3), office.land);
      add(office.postalCode.slice(0, 2), office.land);
    }
    for (const name of [office.city, office.name.split(/[-\s/]/)[0]]) {
      if (name) byCity.set(foldText(name), office.land);
    }
  }
  const majority = (counts: Map<LandCode, number> | undefined): LandCode | undefined => {
    if (!counts) return undefined;
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  return {
    byPostalCode: (postalCode) =>
      majority(byPrefix.get(postalCode.slice(0, 3))) ?? majority(byPrefix.get(postalCode.slice(0, 2))),
    byCity: (city) => byCity.get(foldText(city)) ?? byCity.get(foldText(city.split(/[\s,(]/)[0] ?? '')),
  };
}
