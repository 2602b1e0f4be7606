import { describe, expect, it } from 'vitest';
import { createFinanzamtNameMatcher } from '../../../src-shared/rules/documents';
import { analyzeText, finanzaemter } from './helpers';

const matcher = createFinanzamtNameMatcher(finanzaemter);

describe('Finanzamt names', () => {
  it.each([
    ['Finanzamt Köln-Mitte · Postfach', 'Finanzamt Köln-Mitte', 'NW'],
    ['FINANZAMT HAMBURG-NORD', 'Finanzamt Hamburg-Nord', 'HH'],
    ['Finanzamt Mitte/Tiergarten', 'Finanzamt Mitte/Tiergarten', 'BE'],
    ['Finanzamt Rosenheim', 'Finanzamt Rosenheim', 'BY'],
    ['Finanzamt Tübingcn - Postfach', 'Finanzamt Tübingen', 'BW'],
    ['Flnanzamt Lüneburg', 'Finanzamt Lüneburg', 'NI'],
    ['an das Finanzamt Siegenn (5342)', 'Finanzamt Siegen', 'NW'],
  ])('%s', (text, name, land) => {
    const [mention] = matcher.find(text);
    expect(mention?.name).toBe(name);
    expect(mention?.land).toBe(land);
  });

  it('finds nothing in ordinary words', () => {
    expect(matcher.find('Die Firma Brandenburg Logistik GmbH')).toEqual([]);
  });
});

describe('courts', () => {
  it('uses the defendant office Land for the joint Finanzgericht Berlin-Brandenburg', async () => {
    const text = (fa: string) =>
      `FINANZGERICHT BERLIN-BRANDENBURG\nIm Namen des Volkes\nUrteil\nIn dem Finanzrechtsstreit\nFelix Braun, Kirchstraße 32, 10711 Berlin,\n– Kläger –\ngegen\n${fa},\n– Beklagter –\nwegen Einkommensteuer 2020\nCottbus, den 03.01.2025`;
    const berlin = await analyzeText(text('Finanzamt Wilmersdorf, Weg 1, 10713 Berlin'));
    expect(berlin.state.value).toBe('BE');
    expect(berlin.fields.finanzamt.value).toBe('Finanzamt Wilmersdorf');
    expect(berlin.fields.taxYear.value).toBe(2020);
    expect(berlin.fields.documentDate.value).toBe('2025-01-03');
    const brandenburg = await analyzeText(text('Finanzamt Cottbus, Weg 1, 03046 Cottbus'));
    expect(brandenburg.state.value).toBe('BB');
  });

  it.each([
    ['Hessisches Finanzgericht', 'HE'],
    ['Finanzgericht des Saarlandes', 'SL'],
    ['Sächsisches Finanzgericht', 'SN'],
    ['Finanzgericht Münster', 'NW'],
  ])('%s → %s', async (court, land) => {
    const a = await analyzeText(
      `${court}\nUrteil\nIm Namen des Volkes\nIn dem Rechtsstreit\nMax Muster, Weg 1, 12345 Ort,\n– Kläger –\ngegen\nFinanzamt X\nwegen Einkommensteuer 2021\nOrt, den 01.02.2025`,
    );
    expect(a.state.value).toBe(land);
  });
});

describe('Einspruchsfrist with the Land of the issuing office', () => {
  const letter = (office: string, date: string) =>
    `${office}\nAmtsstraße 1 · 12345 Ort\n\n${office} · Postfach 1 · 12345 Ort\nFirma\nMuster GmbH\nWeg 1\n12345 Ort\n                                   Datum  ${date}\n\nBescheid für 2024 über Umsatzsteuer\nAbrechnung\nUnterschiedsbetrag - bitte zahlen   10,00 €\nRechtsbehelfsbelehrung\nDer Bescheid kann mit dem Einspruch angefochten werden.`;

  it.each([
    ['Finanzamt Nürnberg-Süd', '15.05.2025', '2025-06-20'],
    ['Finanzamt Göttingen', '15.05.2025', '2025-06-19'],
    ['Finanzamt Hamburg-Nord', '27.10.2025', '2025-12-03'],
    ['Finanzamt Wilmersdorf', '05.02.2024', '2024-03-11'],
    ['Finanzamt Aachen-Stadt', '27.01.2025', '2025-02-28'],
  ])('%s, %s → %s', async (office, date, end) => {
    expect((await analyzeText(letter(office, date))).einspruchsfristEnd.value).toBe(end);
  });
});
