import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { landCodes, type LandCode } from '../../../src-shared/rules/land';
import {
  computeSteuernummerCheckDigit,
  formatSteuernummer,
  landFromBufa,
  parseSteuernummer,
  steuernummerFormats,
  toBundesschema,
  validateSteuernummer,
} from '../../../src-shared/rules/steuernummer';
import { knownIn2026, lookup } from './directory-fixture';

const known = (bufa: string): boolean => lookup.has(bufa);

// Doc §1.2: official ELSTER examples, one per Land.
const officialExamples: readonly [LandCode, string, string][] = [
  ['BW', '93815/08152', '2893081508152'],
  ['BY', '181/815/08155', '9181081508155'],
  ['BE', '21/815/08150', '1121081508150'],
  ['BB', '048/815/08155', '3048081508155'],
  ['HB', '75 815 08152', '2475081508152'],
  ['HH', '02/815/08156', '2202081508156'],
  ['HE', '013 815 08153', '2613081508153'],
  ['MV', '079/815/08151', '4079081508151'],
  ['NI', '24/815/08151', '2324081508151'],
  ['NW', '133/8150/8159', '5133081508159'],
  ['RP', '22/815/0815/4', '2722081508154'],
  ['SL', '010/815/08182', '1010081508182'],
  ['SN', '201/123/12340', '3201012312340'],
  ['ST', '101/815/08154', '3101081508154'],
  ['SH', '29 815 08158', '2129081508158'],
  ['TH', '151/815/08156', '4151081508156'],
];

// Doc §1.6: valid vectors ([ERiC] unless noted).
const validVectors: readonly [LandCode, string, string][] = [
  ['BB', '098/815/08157', '3098081508157'],
  ['BE', '21/815/08150', '1121081508150'],
  ['BE', '97/815/08154', '1197081508154'],
  ['BE', '13/200/08157', '1113020008157'],
  ['BE', '13/201/08153', '1113020108153'],
  ['BE', '16/001/08153', '1116000108153'],
  ['BE', '19/680/08168', '1119068008168'],
  ['BE', '18/101/08168', '1118010108168'],
  ['BE', '37/569/51296', '1137056951296'], // [calc]
  ['BW', '66815/08156', '2866081508156'],
  ['BW', '65135/28340', '2865013528340'],
  ['BY', '198/815/08152', '9198081508152'],
  ['BY', '296/815/08153', '9296081508153'],
  ['HB', '75 815 08152', '2475081508152'],
  ['HB', '97 123 01233', '2497012301233'],
  ['HE', '053 815 08158', '2653081508158'],
  ['HH', '41/815/08154', '2241081508154'],
  ['HH', '45/748/01430', '2245074801430'], // [calc]
  ['MV', '098/815/08157', '4098081508157'],
  ['NI', '88/815/08158', '2388081508158'],
  ['NW', '400/8150/8159', '5400081508159'],
  ['NW', '500/8150/8151', '5500081508151'],
  ['NW', '600/8150/8154', '5600081508154'],
  ['RP', '99/815/0815/2', '2799081508152'],
  ['SH', '38 815 08154', '2138081508154'],
  ['SL', '096/815/08187', '1096081508187'],
  ['SN', '248/815/08156', '3248081508156'],
  ['ST', '198/815/08152', '3198081508152'],
  ['TH', '198/815/08152', '4198081508152'],
];

// Berlin A/B boundaries, ERiC-checked (rechtlogisch tests/Datasets/EdgeCases.php, cited in doc §1.6).
const berlinEdgeCases = `1113020008157 1113020108153 1113069308156 1113069408154 1114020008157 1114020108155
  1114069308158 1114069408154 1116000108153 1116002908157 1116003008153 1116020008157 1116020108159
  1116069308151 1116069408154 1116087408152 1116087508159 1116089908154 1116090008152 1117020008157
  1117020108150 1117069308153 1117069408154 1118010108168 1119020008157 1119020108154 1119063908152
  1119064008168 1119067908152 1119068008168 1119068408158 1119068508155 1120020008157 1120020108156
  1120069308159 1120069408154 1121020008157 1121020108158 1121069308150 1121069408154 1123020008157
  1123020108151 1123069308154 1123069408154 1124020008157 1124020108153 1124069308156 1124069408154
  1125020008157 1125020108155 1125069308158 1125069408154 1127020008157 1129020108152 1130020208158
  1131010208158 1132010308154 1133010408150 1134010508157 1135010608153 1136010708168 1137010808156
  1194010908154 1195011008159 1196011108155 1197011208151 1198011308158`
  .split(/\s+/)
  .filter(Boolean);

// Doc §1.7: the 21 ERiC-rejected `<BUFA>012345678` numbers (rechtlogisch tax-numbers-invalid).
const ericInvalid = `5600012345678 2475012345678 2799012345678 3198012345678 4198012345678 2653012345678
  2388012345678 1096012345678 2138012345678 9198012345678 3098012345678 5500012345678 9296012345678
  4098012345678 5400012345670 1121012345678 2497012345678 1197012345678 3248012345678 2866012345678
  2241012345678`
  .split(/\s+/)
  .filter(Boolean);

describe('Steuernummer: official examples (§1.2)', () => {
  it.each(officialExamples)('%s %s ⇄ %s', (land, printed, elster13) => {
    expect(formatSteuernummer(elster13)).toBe(printed);
    expect(landFromBufa(elster13)).toBe(land);
    expect(steuernummerFormats[land].example).toBe(printed);
    const fromPrinted = validateSteuernummer(printed, { land });
    expect(fromPrinted).toMatchObject({ ok: true, land, elster13, printed, bufa: elster13.slice(0, 4) });
    expect(validateSteuernummer(elster13)).toMatchObject({ ok: true, land, printed });
  });

  it('warns about example BUFAs missing from the GemFA directory (SN 3201, ST 3101, HH 2202)', () => {
    for (const [land, printed, elster13] of officialExamples) {
      const result = validateSteuernummer(printed, { land, knownBufa: known });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const unknown = result.warnings.some((w) => w.code === 'unknown-bufa');
      expect(unknown, elster13).toBe(['3201', '3101', '2202'].includes(elster13.slice(0, 4)));
    }
  });
});

describe('Steuernummer: valid vectors (§1.6)', () => {
  it.each(validVectors)('%s %s / %s', (land, printed, elster13) => {
    expect(validateSteuernummer(elster13)).toMatchObject({ ok: true, land, elster13, printed });
    expect(validateSteuernummer(printed, { land })).toMatchObject({ ok: true, land, elster13, printed });
  });

  it('accepts the BW 2er edge case in the dataset typo form only with the right digit count', () => {
    expect(validateSteuernummer('6513/58340', { land: 'BW' })).toMatchObject({
      ok: false,
      code: 'length-mismatch',
    });
  });

  it.each(berlinEdgeCases)('Berlin A/B boundary %s', (elster13) => {
    const result = validateSteuernummer(elster13, { land: 'BE' });
    expect(result).toMatchObject({ ok: true, land: 'BE' });
    if (result.ok) expect(result.warnings.map((w) => w.code)).not.toContain('berlin-variant-unknown');
  });

  it('marks ELSTER test BUFAs with a warning', () => {
    const result = validateSteuernummer('3098081508157', { knownBufa: known });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['test-bufa']);
  });

  it('accepts either Berlin variant for BUFA 1191, whose rule is unknown, with a warning', () => {
    for (const first12 of ['119108150815', '119102010815']) {
      const variantA = `${first12}${computeSteuernummerCheckDigit(first12)}`;
      const result = validateSteuernummer(variantA);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.warnings.map((w) => w.code)).toContain('berlin-variant-unknown');
    }
  });
});

describe('Steuernummer: invalid vectors (§1.7)', () => {
  it.each(ericInvalid)('%s has a wrong check digit [ERiC]', (elster13) => {
    expect(validateSteuernummer(elster13)).toMatchObject({ ok: false, code: 'invalid-check-digit' });
  });

  it.each([
    ['1118010108150', 'BE', 'invalid-check-digit'], // computed check digit would be 10
    ['2475081508154', 'HB', 'invalid-check-digit'],
    ['24 75 815 08154', undefined, 'invalid-check-digit'],
    ['4151181508156', 'TH', 'format-key'],
    ['1123417891051', 'BE', 'format-key'],
    ['1123 4 17891051', undefined, 'format-key'],
    ['4079099908151', 'MV', 'invalid-bezirk'],
    ['5133009988159', 'NW', 'invalid-bezirk'],
    ['4079009908151', 'MV', 'invalid-bezirk'],
    ['5133003840005', 'NW', 'invalid-unterscheidungsnummer'],
    ['136695978', undefined, 'invalid-length'],
    ['12234567890', 'BE', 'length-mismatch'],
    ['2893081508153', 'BW', 'invalid-check-digit'],
  ] as const)('%s (%s) → %s', (input, land, code) => {
    const result = validateSteuernummer(input, land === undefined ? {} : { land });
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/[a-zäöüß]/);
  });

  it('rejects forbidden Bezirke 000/998/999 (NW 0000/0998/0999) before the check digit', () => {
    for (const bezirk of ['000', '998', '999']) {
      expect(validateSteuernummer(`2324${'0'}${bezirk}08151`)).toMatchObject({ code: 'invalid-bezirk' });
    }
    for (const bezirk of ['0000', '0998', '0999']) {
      expect(validateSteuernummer(`5133${'0'}${bezirk}8159`)).toMatchObject({ code: 'invalid-bezirk' });
    }
  });

  it('keeps the HE example (BUFA 2613, retired by 2026) valid but warns', () => {
    const result = validateSteuernummer('013 815 08153', { land: 'HE', knownBufa: knownIn2026 });
    expect(result).toMatchObject({ ok: true, elster13: '2613081508153' });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['unknown-bufa']);
    expect(validateSteuernummer('013 815 08153', { land: 'HE', knownBufa: known })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('keeps SN 201/123/12340 (BUFA 3201 not in GemFA) valid but warns', () => {
    const result = validateSteuernummer('201/123/12340', { land: 'SN', knownBufa: known });
    expect(result).toMatchObject({ ok: true, elster13: '3201012312340' });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['unknown-bufa']);
  });

  it('rejects letters, unknown prefixes and a Land that contradicts the number', () => {
    expect(validateSteuernummer('')).toMatchObject({ ok: false, code: 'empty' });
    expect(validateSteuernummer('181/815/0815A', { land: 'BY' })).toMatchObject({
      code: 'invalid-characters',
    });
    expect(validateSteuernummer('1218081508155')).toMatchObject({ code: 'unknown-land-prefix' });
    expect(validateSteuernummer('9181081508155', { land: 'NW' })).toMatchObject({ code: 'land-mismatch' });
    expect(validateSteuernummer('248/815/08156', { land: 'BB' })).toMatchObject({ code: 'land-mismatch' });
    expect(validateSteuernummer('13 815 08153', { land: 'HE' })).toMatchObject({ code: 'length-mismatch' });
    expect(validateSteuernummer('113 815 08153', { land: 'HE' })).toMatchObject({
      code: 'missing-leading-zero',
    });
  });
});

describe('Steuernummer: conversion and formatting (§1.8)', () => {
  it.each([
    ['21/815/08150', 'BE', '1121081508150', '21/815/08150'],
    ['7581508152', 'HB', '2475081508152', '75 815 08152'],
    ['2475081508152', undefined, '2475081508152', '75 815 08152'],
    ['18181508155', 'BY', '9181081508155', '181/815/08155'],
    ['18181508155', 'NW', '5181081508155', '181/8150/8155'],
    [' 181/815/0815 5', 'BY', '9181081508155', '181/815/08155'],
    ['9 / 181 / 815 / 0815 / 5', undefined, '9181081508155', '181/815/08155'],
    ['053 815 08158', 'HE', '2653081508158', '053 815 08158'],
    ['156 / 141 / 14808', 'TH', '4156014114808', '156/141/14808'],
    ['2893081508152', undefined, '2893081508152', '93815/08152'],
  ] as const)('%j (%s) → %s, %s', (input, land, elster13, printed) => {
    const result = parseSteuernummer(input, land === undefined ? {} : { land });
    expect(result).toMatchObject({ ok: true, elster13, printed });
    if (land !== undefined) expect(result).toMatchObject({ land });
  });

  it('derives the Land from the 13-digit prefix', () => {
    expect(parseSteuernummer('2475081508152')).toMatchObject({ ok: true, land: 'HB' });
    expect(toBundesschema('9181081508155')).toBe('918181508155');
  });

  it('does not need a valid check digit to convert', () => {
    expect(parseSteuernummer('18181508155', { land: 'NW' })).toMatchObject({ ok: true });
    expect(validateSteuernummer('18181508155', { land: 'NW' })).toMatchObject({ ok: false });
  });
});

describe('Steuernummer: Land detection without a given Land (§1.3)', () => {
  it('recognises unambiguous printed layouts', () => {
    expect(validateSteuernummer('93815/08152')).toMatchObject({ ok: true, land: 'BW' });
    expect(validateSteuernummer('133/8150/8159')).toMatchObject({ ok: true, land: 'NW' });
    expect(validateSteuernummer('22/815/0815/4')).toMatchObject({ ok: true, land: 'RP' });
    const result = validateSteuernummer('93815/08152');
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('land-inferred');
  });

  it('lists the candidate Länder when the number fits several', () => {
    const result = validateSteuernummer('181/815/08155');
    expect(result).toMatchObject({ ok: false, code: 'ambiguous-land' });
    if (!result.ok) expect(result.candidates?.map((c) => c.land)).toEqual(['BY', 'ST', 'TH']);
    expect(parseSteuernummer('18181508155')).toMatchObject({ ok: false, code: 'ambiguous-land' });
  });

  it('uses the Finanzamt directory to settle ambiguity', () => {
    expect(validateSteuernummer('181/815/08155', { knownBufa: known })).toMatchObject({
      ok: true,
      land: 'BY',
    });
    expect(validateSteuernummer('24/815/08151', { knownBufa: known })).toMatchObject({
      ok: true,
      land: 'NI',
    });
  });

  it('prefers the Land whose printed form matches the input exactly', () => {
    expect(validateSteuernummer('75 815 08152')).toMatchObject({ ok: true, land: 'HB' });
    expect(parseSteuernummer('75 815 08152')).toMatchObject({ ok: false, code: 'ambiguous-land' });
  });

  it('accepts an unlabelled number exactly when some Land accepts it, and only as such a Land', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10,11}$/), (digits) => {
        const accepting = landCodes.filter((land) => validateSteuernummer(digits, { land }).ok);
        const result = validateSteuernummer(digits);
        if (accepting.length === 0) expect(result.ok).toBe(false);
        else if (result.ok) expect(accepting).toContain(result.land);
        else expect(result.candidates?.map((c) => c.land)).toEqual(accepting);
      }),
      { numRuns: 500 },
    );
  });
});

// Generates valid numbers for a Land by computing the check digit.
const validElster = fc
  .record({
    land: fc.constantFrom(...landCodes),
    f: fc.integer({ min: 0, max: 999 }),
    bezirk: fc.integer({ min: 0, max: 9999 }),
    serial: fc.integer({ min: 0, max: 9999 }),
  })
  .map(({ land, f, bezirk, serial }) => {
    const format = steuernummerFormats[land];
    const fLength = 4 - format.stateDigits.length;
    const fFree = fLength - (format.landKey.length - format.stateDigits.length);
    const bufa =
      format.landKey +
      String(f)
        .padStart(3, '0')
        .slice(3 - fFree);
    const bLength = land === 'NW' ? 4 : 3;
    const b = String(bezirk % 10 ** bLength).padStart(bLength, '0');
    const u = String(serial % 10 ** (7 - bLength)).padStart(7 - bLength, '0');
    const first12 = `${bufa}0${b}${u}`;
    return { land, first12 };
  })
  .filter(({ land, first12 }) => {
    const bezirk = first12.slice(5, land === 'NW' ? 9 : 8);
    if (['000', '998', '999', '0000', '0998', '0999'].includes(bezirk)) return false;
    if (steuernummerFormats[land].programmierverbund && Number(bezirk) < 100) return false;
    if (land === 'NW' && Number(first12.slice(9)) < 1) return false;
    return computeSteuernummerCheckDigit(first12) !== null;
  })
  .map(({ land, first12 }) => ({ land, elster13: `${first12}${computeSteuernummerCheckDigit(first12)}` }));

const separators = fc.constantFrom('/', ' ', '-', ' / ', '');

describe('Steuernummer: properties', () => {
  it('formats and parses round-trip for every Land', () => {
    fc.assert(
      fc.property(validElster, ({ land, elster13 }) => {
        const printed = formatSteuernummer(elster13);
        expect(printed).toBeDefined();
        if (printed === undefined) return;
        expect(parseSteuernummer(printed, { land })).toEqual({
          ok: true,
          land,
          elster13,
          printed,
          bufa: elster13.slice(0, 4),
        });
        expect(validateSteuernummer(printed, { land })).toMatchObject({ ok: true, land, elster13 });
        expect(validateSteuernummer(elster13)).toMatchObject({ ok: true, land, printed });
        expect(validateSteuernummer(toBundesschema(elster13))).toMatchObject({ ok: true, elster13 });
      }),
      { numRuns: 2000 },
    );
  });

  it('covers every Land', () => {
    const seen = new Set(fc.sample(validElster, 2000).map(({ land }) => land));
    expect([...seen].sort()).toEqual([...landCodes].sort());
  });

  it('ignores how the digits are separated', () => {
    fc.assert(
      fc.property(validElster, separators, separators, ({ land, elster13 }, sep1, sep2) => {
        const digits = (formatSteuernummer(elster13) ?? '').replace(/\D/g, '');
        const typed = `${digits.slice(0, 3)}${sep1}${digits.slice(3, 6)}${sep2}${digits.slice(6)}`;
        expect(parseSteuernummer(typed, { land })).toMatchObject({ ok: true, elster13 });
      }),
    );
  });

  it('finds the right Land from the printed form when only its BUFA is known', () => {
    fc.assert(
      fc.property(validElster, ({ land, elster13 }) => {
        const printed = formatSteuernummer(elster13) ?? '';
        const bufa = elster13.slice(0, 4);
        expect(validateSteuernummer(printed, { knownBufa: (b) => b === bufa })).toMatchObject({
          ok: true,
          land,
        });
      }),
    );
  });

  it('detects any change of the check digit', () => {
    fc.assert(
      fc.property(validElster, fc.integer({ min: 1, max: 9 }), ({ elster13 }, delta) => {
        const valid = validateSteuernummer(elster13);
        fc.pre(valid.ok && !valid.warnings.some((w) => w.code === 'berlin-variant-unknown'));
        const changed = `${elster13.slice(0, 12)}${(Number(elster13[12]) + delta) % 10}`;
        expect(validateSteuernummer(changed)).toMatchObject({ ok: false, code: 'invalid-check-digit' });
      }),
    );
  });
});
