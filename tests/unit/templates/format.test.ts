import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatDatum,
  formatDatumLang,
  formatDatumWochentag,
  formatEuro,
  formatNumber,
  initials,
  sanitizeText,
  templateFilterFunctions,
} from '../../../src-shared/templates';

describe('German date formatting', () => {
  it('formats ISO and German dates short and long', () => {
    expect(formatDatum('2026-11-24')).toBe('24.11.2026');
    expect(formatDatumLang('2026-11-24')).toBe('24. November 2026');
    expect(formatDatumLang('2026-03-01')).toBe('1. März 2026');
    expect(formatDatumWochentag('2026-11-24')).toBe('Dienstag, 24. November 2026');
    expect(formatDatum('1.2.2026')).toBe('01.02.2026');
    expect(formatDatumLang('24.11.2026')).toBe('24. November 2026');
    expect(formatDatum({ year: 2026, month: 7, day: 31 })).toBe('31.07.2026');
  });

  it('takes the written date of an ISO timestamp, whatever the time zone', () => {
    expect(formatDatum('2026-11-24T23:30:00Z')).toBe('24.11.2026');
    expect(formatDatum('2026-11-24T00:10:00+14:00')).toBe('24.11.2026');
  });

  it('leaves empty and unreadable input alone instead of guessing', () => {
    expect(formatDatum('')).toBe('');
    expect(formatDatum(null)).toBe('');
    expect(formatDatum('31.02.2026')).toBe('31.02.2026');
    expect(formatDatum('nächste Woche')).toBe('nächste Woche');
    expect(formatDatum('24.11.26')).toBe('24.11.26');
  });
});

describe('euro amounts', () => {
  it('formats with thousands points, decimal comma and euro sign', () => {
    expect(formatEuro(1234.56)).toBe('1.234,56 €');
    expect(formatEuro(0)).toBe('0,00 €');
    expect(formatEuro(-1234567.891)).toBe('-1.234.567,89 €');
    expect(formatEuro('1234.5')).toBe('1.234,50 €');
    expect(formatEuro('1.234,56')).toBe('1.234,56 €');
    expect(formatEuro('1.234,56 €')).toBe('1.234,56 €');
    expect(formatEuro(12n)).toBe('12,00 €');
    expect(formatEuro('')).toBe('');
    expect(formatEuro('zwölf')).toBe('zwölf');
  });

  it('rounds the decimal number as written, not its binary approximation', () => {
    expect(formatEuro(1.005)).toBe('1,01 €');
    expect(formatEuro(0.1 + 0.2)).toBe('0,30 €');
    expect(formatEuro(2.675)).toBe('2,68 €');
    expect(formatEuro(-0.004)).toBe('0,00 €');
    expect(formatEuro(1e21)).toBe('1.000.000.000.000.000.000.000,00 €');
    expect(formatEuro(1.5e-7)).toBe('0,00 €');
    expect(formatEuro('99999999999999999999.995')).toBe('100.000.000.000.000.000.000,00 €');
  });

  it('formats integer cents exactly, for any size', () => {
    expect(formatCents(123456)).toBe('1.234,56 €');
    expect(formatCents(-5)).toBe('-0,05 €');
    expect(formatCents(7)).toBe('0,07 €');
    expect(formatCents(12345678901234567890n)).toBe('123.456.789.012.345.678,90 €');
  });

  it('agrees with integer arithmetic for every cent amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const euros = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const expected = `${cents < 0n ? '-' : ''}${euros},${(abs % 100n).toString().padStart(2, '0')} €`;
        expect(formatCents(cents)).toBe(expected);
        expect(formatEuro(formatCents(cents))).toBe(expected);
      }),
    );
  });

  it('formats plain numbers', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber('1234.5', 2)).toBe('1.234,50');
    expect(formatNumber(1000000)).toBe('1.000.000');
  });
});

describe('text helpers and filters', () => {
  it('strips XML-invalid control characters and keeps line breaks', () => {
    expect(sanitizeText('A\u0007B\u0000C\r\nD\tE\u001fF\uffff')).toBe('ABC\nD EF');
    expect(sanitizeText('x\ud800y')).toBe('xy');
    expect(sanitizeText('😀')).toBe('😀');
  });

  it('builds initials without academic titles', () => {
    expect(initials('Dr. Julia Hoffmann')).toBe('JH');
    expect(initials('Hans-Peter Klein')).toBe('HPK');
  });

  it('offers the documented filters', () => {
    const f = templateFilterFunctions;
    expect(f.euro?.(1234.56)).toBe('1.234,56 €');
    expect(f.datum_lang?.('2026-11-24')).toBe('24. November 2026');
    expect(f.gross?.('Müller')).toBe('MÜLLER');
    expect(f.oder?.('', 'keine Angabe')).toBe('keine Angabe');
    expect(f.oder?.('x', 'keine Angabe')).toBe('x');
    expect(f.einzeilig?.('Herrn\nThomas Müller\n\nKöln')).toBe('Herrn, Thomas Müller, Köln');
    expect(f.iban?.('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(f.steuernummer?.('5215081508155')).toBe('215/8150/8155');
    expect(f.zahl?.('1234.5', 2)).toBe('1.234,50');
  });
});
