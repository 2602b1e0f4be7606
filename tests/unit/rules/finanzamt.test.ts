import { describe, expect, it } from 'vitest';

import { landCodes } from '../../../src-shared/rules/land';
import { finanzamtAddressLines, finanzamtDisplayName } from '../../../src-shared/rules/finanzamt';
import { landFromBufa, validateSteuernummer } from '../../../src-shared/rules/steuernummer';
import { directory, lookup } from './directory-fixture';

describe('Finanzamt directory (§4)', () => {
  it('carries the BZSt attribution and all 601 offices', () => {
    expect(directory.source).toBe('Quelle: BZSt, GemFA-Export vom 23.04.2025');
    expect(directory.stand).toBe('2025-04-23');
    expect(directory.finanzaemter).toHaveLength(601);
  });

  it('derives the Land of every office from its BUFA, with the counts of §4.2', () => {
    const counts = Object.fromEntries(landCodes.map((land) => [land, lookup.inLand(land).length]));
    expect(counts).toEqual({
      BB: 13,
      BE: 24,
      BW: 81,
      BY: 98,
      HB: 6,
      HE: 47,
      HH: 20,
      MV: 12,
      NI: 61,
      NW: 120,
      RP: 24,
      SH: 37,
      SL: 8,
      SN: 24,
      ST: 14,
      TH: 12,
    });
    for (const office of directory.finanzaemter) expect(landFromBufa(office.bufa)).toBe(office.land);
  });

  it.each([
    ['1010', 'Saarlouis', 'SL'],
    ['1121', 'Tempelhof', 'BE'],
    ['1131', 'Prenzlauer Berg', 'BE'],
    ['2324', 'Hannover-Mitte', 'NI'],
    ['2475', 'Bremerhaven', 'HB'],
    ['2893', 'Stuttgart I', 'BW'],
    ['3048', 'Brandenburg', 'BB'],
    ['4079', 'Rostock', 'MV'],
    ['4151', 'Erfurt', 'TH'],
    ['5133', 'Düsseldorf-Mitte', 'NW'],
    ['9181', 'München Überschusseinkünfte', 'BY'],
    ['9101', 'Augsburg-Stadt Arbeitnehmerbereich', 'BY'],
  ])('%s is %s (%s)', (bufa, name, land) => {
    expect(lookup.byBufa(bufa)).toMatchObject({ bufa, name, land });
  });

  it('has the address fields letters need', () => {
    expect(lookup.byBufa('1010')).toMatchObject({
      street: 'Gaswerkweg 25',
      postalCode: '66740',
      city: 'Saarlouis',
    });
    expect(lookup.byBufa('1120')?.street).toBe('Schloßstraße 58/59');
    expect(finanzamtAddressLines(lookup.byBufa('2893') ?? { bufa: '', name: '', land: 'BW' })).toEqual([
      'Finanzamt Stuttgart I',
      'Rotebühlplatz 30',
      '70173 Stuttgart',
    ]);
  });

  it('does not double the word Finanzamt', () => {
    expect(finanzamtDisplayName({ name: 'Technisches Finanzamt Berlin' })).toBe(
      'Technisches Finanzamt Berlin',
    );
    expect(finanzamtDisplayName({ name: 'Saarlouis' })).toBe('Finanzamt Saarlouis');
  });

  it('finds offices by name, city or BUFA, ignoring case and umlauts', () => {
    expect(lookup.search('duesseldorf-mitte').map((o) => o.bufa)).toContain('5133');
    expect(lookup.search('2893').map((o) => o.name)).toEqual(['Stuttgart I']);
    expect(lookup.search('')).toEqual([]);
  });

  it('finds the office of a Steuernummer', () => {
    const result = validateSteuernummer('181/815/08155', { knownBufa: lookup.has });
    expect(result.ok && lookup.forSteuernummer(result.elster13)?.name).toBe('München Überschusseinkünfte');
  });
});
