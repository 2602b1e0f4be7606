import { describe, expect, it } from 'vitest';

import {
  detectLegalForm,
  getLegalForm,
  legalForms,
  parseRegisterNumber,
  registerTypes,
  resolveRegisterCourt,
} from '../../../src-shared/rules/legal-forms';

describe('Rechtsform catalogue (§7.1)', () => {
  it('has unique codes and only known register types', () => {
    const codes = legalForms.map((form) => form.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const form of legalForms) {
      if (form.register !== undefined) expect(registerTypes).toContain(form.register);
    }
  });

  it.each([
    ['ek', 'e.K.', 'HRA', 'company'],
    ['ohg', 'OHG', 'HRA', 'company'],
    ['kg', 'KG', 'HRA', 'company'],
    ['gmbh-co-kg', 'GmbH & Co. KG', 'HRA', 'company'],
    ['ewiv', 'EWIV', 'HRA', 'company'],
    ['egbr', 'eGbR', 'GsR', 'company'],
    ['partg', 'PartG', 'PR', 'company'],
    ['partg-mbb', 'PartG mbB', 'PR', 'company'],
    ['gmbh', 'GmbH', 'HRB', 'company'],
    ['ggmbh', 'gGmbH', 'HRB', 'company'],
    ['ug', 'UG (haftungsbeschränkt)', 'HRB', 'company'],
    ['ag', 'AG', 'HRB', 'company'],
    ['se', 'SE', 'HRB', 'company'],
    ['kgaa', 'KGaA', 'HRB', 'company'],
    ['vvag', 'VVaG', 'HRB', 'company'],
    ['eg', 'eG', 'GnR', 'company'],
    ['ev', 'e.V.', 'VR', 'organisation'],
  ] as const)('%s: %s in %s', (code, abbreviation, register, kind) => {
    expect(getLegalForm(code)).toMatchObject({ abbreviation, register, kind });
  });

  it('knows forms without a register', () => {
    for (const code of [
      'privatperson',
      'freiberufler',
      'gbr',
      'stiftung',
      'treuhandstiftung',
      'kdoer',
      'aoer',
    ]) {
      expect(getLegalForm(code)?.register, code).toBeUndefined();
    }
    expect(getLegalForm('privatperson')?.kind).toBe('person');
    expect(getLegalForm('kdoer')?.kind).toBe('organisation');
  });

  it('records who pays tax on the income', () => {
    expect(getLegalForm('kg')?.taxRegime).toBe('partnership-assessment');
    expect(getLegalForm('gmbh')?.taxRegime).toBe('corporate-tax');
    expect(getLegalForm('eg')?.taxRegime).toBe('corporate-tax');
    expect(getLegalForm('freiberufler')?.taxRegime).toBe('income-tax');
  });
});

describe('legal form in company names', () => {
  it.each([
    ['Weber GmbH', 'gmbh'],
    ['Weber GmbH & Co. KG', 'gmbh-co-kg'],
    ['Weber GmbH und Co. KG', 'gmbh-co-kg'],
    ['Weber GmbH & Co. KGaA', 'gmbh-co-kgaa'],
    ['Weber UG (haftungsbeschränkt) & Co. KG', 'ug-co-kg'],
    ['Weber UG (haftungsbeschränkt)', 'ug'],
    ['Müller Schmidt PartG mbB', 'partg-mbb'],
    ['Müller & Partner mbB', 'partg-mbb'],
    ['Müller und Partner', 'partg'],
    ['Hans Meier e. K.', 'ek'],
    ['Hans Meier e.K.', 'ek'],
    ['Sportverein Blau-Weiß e. V.', 'ev'],
    ['Volksbank Mittelhessen eG', 'eg'],
    ['Meier Verwaltungsgesellschaft mbH', 'gmbh'],
    ['Lebenshilfe gGmbH', 'ggmbh'],
    ['Siemens AG', 'ag'],
    ['Weber Grundbesitz eGbR', 'egbr'],
    ['eGbR Weber Grundbesitz', 'egbr'],
  ])('%s → %s', (name, code) => {
    expect(detectLegalForm(name)?.form.code).toBe(code);
  });

  it.each(['Sandra Weber', 'Finanzamt Stuttgart I', 'Weg und Steg', 'Bäckerei Weber'])(
    '%s has no legal form',
    (name) => {
      expect(detectLegalForm(name)).toBeUndefined();
    },
  );
});

describe('register numbers (§7.2)', () => {
  it('parses court, type and number', () => {
    expect(parseRegisterNumber('Aachen HRA 11223')).toEqual({
      ok: true,
      court: 'Aachen',
      type: 'HRA',
      number: '11223',
      formatted: 'HRA 11223',
      full: 'Amtsgericht Aachen, HRA 11223',
      warnings: [],
    });
  });

  it('accepts the court after the number and resolves aliases', () => {
    expect(parseRegisterNumber('HRB 151080 B, Charlottenburg')).toMatchObject({
      ok: true,
      court: 'Berlin (Charlottenburg)',
      type: 'HRB',
      number: '151080',
      suffix: 'B',
      formatted: 'HRB 151080 B',
    });
    expect(parseRegisterNumber('Amtsgericht München, HRB 178881')).toMatchObject({
      ok: true,
      court: 'München',
    });
    expect(parseRegisterNumber('Amtsgericht Charlottenburg, HRB 87447 B')).toMatchObject({
      court: 'Berlin (Charlottenburg)',
      suffix: 'B',
    });
    expect(parseRegisterNumber('HRB 12065 HL, Lübeck')).toMatchObject({ court: 'Lübeck', suffix: 'HL' });
    expect(parseRegisterNumber('Kempten HRB 1234')).toMatchObject({ court: 'Kempten (Allgäu)' });
    expect(parseRegisterNumber('Weiden HRB 4339')).toMatchObject({ court: 'Weiden i. d. OPf.' });
  });

  it('checks consistency with the legal form', () => {
    expect(parseRegisterNumber('Frankfurt/Oder GnR 11223', { legalForm: 'eg' })).toMatchObject({
      ok: true,
      court: 'Frankfurt (Oder)',
      type: 'GnR',
      warnings: [],
    });
    expect(parseRegisterNumber('Bad Homburg v.d.H. PR 11223', { legalForm: 'partg' })).toMatchObject({
      ok: true,
      type: 'PR',
      warnings: [],
    });
    const inconsistent = parseRegisterNumber('Aachen HRA 44123', { legalForm: 'gmbh' });
    expect(inconsistent).toMatchObject({ ok: true, type: 'HRA' });
    expect(inconsistent.ok && inconsistent.warnings.map((w) => w.code)).toEqual(['register-type-mismatch']);
    const gbr = parseRegisterNumber('Aachen HRA 44123', { legalForm: 'gbr' });
    expect(gbr.ok && gbr.warnings.map((w) => w.code)).toEqual(['legal-form-without-register']);
  });

  it.each([
    ['Aachen HRC 44123', 'invalid-register-type'],
    ['Berlin (Charlottenburg) HRA 11223 BBBB', 'invalid-suffix'],
    ['KXln HRB 49263', 'unknown-court'],
    ['Köln HRB 012345', 'invalid-number'],
    ['Köln HRB 1234567', 'invalid-number'],
    ['Weber GmbH', 'invalid-format'],
    ['', 'empty'],
  ] as const)('%j → %s', (input, code) => {
    expect(parseRegisterNumber(input)).toMatchObject({ ok: false, code });
  });

  it('warns instead of failing where the court is missing or a Vereinsregister court is not listed', () => {
    const bare = parseRegisterNumber('HRB 4057 FL');
    expect(bare).toMatchObject({ ok: true, suffix: 'FL', formatted: 'HRB 4057 FL' });
    expect(bare.ok && bare.warnings.map((w) => w.code)).toEqual(['missing-court']);
    const verein = parseRegisterNumber('Amtsgericht Hintertupfingen VR 1234');
    expect(verein.ok && verein.warnings.map((w) => w.code)).toEqual(['unknown-court']);
  });

  it('normalises spelling of court names', () => {
    expect(resolveRegisterCourt('Amtsgericht Koeln')).toBe('Köln');
    expect(resolveRegisterCourt('Sankt Ingbert')).toBe('St. Ingbert');
    expect(resolveRegisterCourt('Frankfurt')).toBeUndefined();
  });
});
