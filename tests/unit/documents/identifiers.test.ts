import { describe, expect, it } from 'vitest';
import {
  findIbans,
  findSteuerIds,
  findSteuernummern,
  findUstIds,
  repairNumber,
} from '../../../src-shared/rules/documents';
import { validateSteuerId } from '../../../src-shared/rules/steuer-id';

describe('Steuernummer candidates', () => {
  it.each([
    ['Steuernummer  181/815/08155', 'BY', '9181081508155'],
    ['St.-Nr.: 93815/08152', 'BW', '2893081508152'],
    ['StNr 21/815/08150', 'BE', '1121081508150'],
    ['Steuer-Nr. 75 815 08152', 'HB', '2475081508152'],
    ['Steuernummer 013 815 08153', 'HE', '2613081508153'],
    ['StNr. 133/8150/8159', 'NW', '5133081508159'],
    ['Steuernummer 22/815/0815/4', 'RP', '2722081508154'],
    ['Steuernummer 2893081508152', undefined, '2893081508152'],
  ] as const)('reads %s', (line, land, elster) => {
    const [found] = findSteuernummern(line, { land });
    expect(found?.valid).toBe(true);
    expect(found?.normalized).toBe(elster);
  });

  it('keeps the printed separators', () => {
    expect(findSteuernummern('Steuernummer 181 / 815 / 08155', { land: 'BY' })[0]?.printed).toBe(
      '181 / 815 / 08155',
    );
  });

  it('repairs letters OCR read for digits when exactly one reading validates', () => {
    const [found] = findSteuernummern('Steuernummer 181/8l5/O8155', { land: 'BY' });
    expect(found).toMatchObject({ printed: '181/815/08155', valid: true, repair: 'letters' });
  });

  it('never accepts a wrong check digit silently', () => {
    const [found] = findSteuernummern('Steuernummer 181/815/08156', { land: 'BY' });
    expect(found?.valid).toBe(false);
  });

  it('does not take IBAN digit groups for a Steuernummer', () => {
    expect(findSteuernummern('IBAN DE71 5300 0000 0101 0287 62')).toEqual([]);
  });
});

describe('Steuer-ID, USt-IdNr and IBAN candidates', () => {
  it('reads grouped and plain Steuer-IDs and validates them', () => {
    expect(findSteuerIds('Identifikationsnummer 36 574 261 809')[0]).toMatchObject({
      normalized: '36574261809',
      valid: true,
    });
    expect(findSteuerIds('IdNr. 86095742719')[0]?.valid).toBe(true);
    expect(findSteuerIds('IdNr. 26954371820')[0]?.valid).toBe(false);
  });

  it('repairs an O for 0 in a Steuer-ID', () => {
    const [found] = findSteuerIds('IdNr. 86O95742719');
    expect(found).toMatchObject({ normalized: '86095742719', valid: true, repair: 'letters' });
  });

  it('reads USt-IdNrn with spaces and dots', () => {
    expect(findUstIds('USt-IdNr. DE 136 695 976')[0]).toMatchObject({
      normalized: 'DE136695976',
      valid: true,
    });
    expect(findUstIds('USt-IdNr.: DE221.304.969')[0]?.valid).toBe(true);
    expect(findUstIds('USt-IdNr. DE136695978')[0]?.valid).toBe(false);
  });

  it('reads IBANs in groups of four and repairs OCR letters', () => {
    expect(findIbans('IBAN DE89 3704 0044 0532 0130 00')[0]).toMatchObject({
      normalized: 'DE89370400440532013000',
      valid: true,
    });
    expect(findIbans('IBAN DE89 37O4 0044 0532 0l30 00')[0]).toMatchObject({
      normalized: 'DE89370400440532013000',
      repair: 'letters',
    });
  });

  it('repairs an IBAN with one doubled digit only if exactly one reading validates', () => {
    const [found] = findIbans('IBAN DE89 3704 0044 0532 0130 000');
    expect(found).toMatchObject({ normalized: 'DE89370400440532013000', repair: 'digit' });
  });
});

describe('repairNumber', () => {
  const valid = (value: string): boolean => validateSteuerId(value).ok;

  it('returns undefined when several readings validate', () => {
    // Every digit reading of '?' is tried; only a unique valid one is accepted.
    const ambiguous = repairNumber('8609574271S', (v) => /^\d+$/.test(v));
    expect(ambiguous).toBeUndefined();
  });

  it('accepts a single digit-for-digit swap only if it is the one valid candidate', () => {
    const result = repairNumber('86095742718', valid);
    if (result) expect(valid(result.value)).toBe(true);
  });
});
