import { describe, expect, it } from 'vitest';
import type { DocType } from '../../../src-shared/rules/documents';
import { analyzeText, belehrung, faLetter } from './helpers';

const bescheid = (heading: string[], body: string[] = []): string =>
  faLetter({
    office: 'Finanzamt Köln-Mitte',
    recipient: ['Herrn', 'Max Muster', 'Hauptstraße 1', '50667 Köln'],
    info: [
      ['Steuernummer', '214/5600/0019'],
      ['Datum', '12.03.2025'],
    ],
    body: [...heading, '', 'Festsetzung', ...body, 'Abrechnung', 'Nachzahlung        120,00 €', ...belehrung],
  });

describe('Bescheid headings in the wordings of the different Länder', () => {
  it.each<[string[], DocType]>([
    [['Bescheid für 2024', 'über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer'], 'est_bescheid'],
    [['Einkommensteuerbescheid 2024'], 'est_bescheid'],
    [['Bescheid über Einkommensteuer und Solidaritätszuschlag für 2024'], 'est_bescheid'],
    [
      [
        'Bescheid für 2024 über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer',
        'und über Vorauszahlungen',
      ],
      'est_bescheid',
    ],
    [['Bescheid für 2023', 'über Körperschaftsteuer und Solidaritätszuschlag'], 'kst_bescheid'],
    [['Körperschaftsteuerbescheid für 2023'], 'kst_bescheid'],
    [['Bescheid für 2023 über Umsatzsteuer'], 'ust_bescheid'],
    [['Umsatzsteuerbescheid 2023'], 'ust_bescheid'],
    [['Bescheid für 2023', 'über den Gewerbesteuermessbetrag'], 'gewst_bescheid'],
    [['Gewerbesteuermessbescheid 2023'], 'gewst_bescheid'],
    [
      ['Bescheid über Einkommensteuer-Vorauszahlungen', 'für 2025 und die folgenden Kalenderjahre'],
      'vorauszahlung_bescheid',
    ],
    [['Bescheid über Vorauszahlungen zur Körperschaftsteuer', 'ab 2025'], 'vorauszahlung_bescheid'],
    [['Vorauszahlungsbescheid 2025'], 'vorauszahlung_bescheid'],
    [['Anpassung der Vorauszahlungen zur Einkommensteuer für 2025'], 'vorauszahlung_bescheid'],
    [['Bescheid über Zinsen zur Einkommensteuer für 2023'], 'sonstiges'],
  ])('%j → %s', async (heading, type) => {
    expect((await analyzeText(bescheid(heading))).docType.value).toBe(type);
  });

  it('does not read "Datum des Bescheids" or a GmbH "haftungsbeschränkt" as a heading', async () => {
    const text = faLetter({
      office: 'Finanzamt Fulda',
      recipient: ['Muster UG (haftungsbeschränkt)', 'Am Markt 1', '36037 Fulda'],
      info: [
        ['StNr.', '018 827 35040'],
        ['Datum des Bescheids', '13.01.2026'],
      ],
      body: [
        'Bescheid für 2025',
        'über Körperschaftsteuer und Solidaritätszuschlag',
        'Abrechnung',
        'Erstattung     100,00 €',
        ...belehrung,
      ],
    });
    expect((await analyzeText(text)).docType.value).toBe('kst_bescheid');
  });
});

describe('other document types', () => {
  const cases: [string, string, DocType][] = [
    [
      'Prüfungsanordnung',
      faLetter({
        office: 'Finanzamt Reutlingen',
        recipient: ['Autohaus X GmbH', 'Weg 1', '72766 Reutlingen'],
        info: [['Datum', '02.10.2026']],
        body: [
          'Prüfungsanordnung',
          'aufgrund des § 193 Abs. 1 AO ordne ich eine Außenprüfung an.',
          'Prüfungszeitraum   2022 bis 2024',
          ...belehrung,
        ],
      }),
      'pruefungsanordnung',
    ],
    [
      'FA-Mahnung',
      faLetter({
        office: 'Finanzamt Trier',
        recipient: ['Optik X e.K.', 'Weg 1', '54294 Trier'],
        info: [['Datum', '18.09.2024']],
        body: [
          'Mahnung',
          'nach unseren Unterlagen sind die Beträge trotz Fälligkeit noch nicht gezahlt worden:',
          'Gesamtbetrag   7.120,22 €',
          'Säumniszuschlag 1 % (§ 240 AO)',
        ],
      }),
      'mahnung',
    ],
    [
      'Lieferanten-Mahnung',
      'Muster GmbH\n\nFirma\nX GmbH\nWeg 1\n12345 Ort\n\nZahlungserinnerung\nunsere Rechnung Nr. 4711 vom 01.02.2025 ist noch offen.\nOffener Betrag   120,00 €\nMahngebühr   5,00 €',
      'mahnung',
    ],
    [
      'Rechnung',
      'Muster GmbH\n\nHerrn\nMax Muster\nWeg 1\n12345 Ort\n\nRechnungsnummer  RE-1\nRechnungsdatum  01.02.2025\n\nRechnung\nPos.  Bezeichnung  Menge  Einzelpreis  Gesamt\n1  Beratung  1  100,00 €  100,00 €\nNettobetrag  100,00 €\nzzgl. 19 % USt  19,00 €\nRechnungsbetrag  119,00 €',
      'rechnung',
    ],
    [
      'Kontoauszug',
      'Sparkasse X\n          Kontoauszug Nr. 3/2025\nKontoinhaber  Max Muster\nIBAN  DE89 3704 0044 0532 0130 00\nAlter Kontostand  100,00 EUR\n05.03.2025  Kartenzahlung  -20,00\nNeuer Kontostand  80,00 EUR',
      'kontoauszug',
    ],
    [
      'Zuwendungsbestätigung',
      'Verein X e.V.\nBestätigung über Geldzuwendungen/Mitgliedsbeitrag\nim Sinne des § 10b des Einkommensteuergesetzes\nName und Anschrift des Zuwendenden  Max Muster, Weg 1, 12345 Ort\nBetrag der Zuwendung  50,00 €\nTag der Zuwendung  01.02.2024',
      'spendenbescheinigung',
    ],
    [
      'Sammelbestätigung',
      'Verein X e.V.\nSammelbestätigung über Geldzuwendungen\nName und Anschrift des Zuwendenden  Max Muster, Weg 1, 12345 Ort\nGesamtbetrag der Zuwendung  250,00 €',
      'spendenbescheinigung',
    ],
    [
      'Lohnsteuerbescheinigung',
      'Ausdruck der elektronischen Lohnsteuerbescheinigung für 2023\nMax Muster            Datum  29.01.2024\nWeg 1                 Identifikationsnummer  36574261809\n12345 Ort\n3. Bruttoarbeitslohn einschl. Sachbezüge   30.000,00 €\n4. Einbehaltene Lohnsteuer von 3.   4.000,00 €',
      'lohnsteuerbescheinigung',
    ],
    [
      'Vollmacht',
      'Vollmacht zur Vertretung in Steuersachen\nVollmachtgeber/in\nName  Max Muster\nBevollmächtigte/r\nName  Kanzlei X\n§ 80 AO',
      'vollmacht',
    ],
    [
      'Mietvertrag',
      'Mietvertrag\n\nzwischen\nAnna Muster, Weg 1, 12345 Ort – Vermieter –\nund\nMax Muster, Weg 2, 12345 Ort – Mieter –\n§ 1 Mietgegenstand\nVermietet werden Räume.',
      'vertrag',
    ],
    [
      'Darlehensvertrag',
      'Darlehensvertrag\n\nzwischen\nX GmbH, Weg 1, 12345 Ort\n(nachfolgend "Darlehensgeber")\nund\nMax Muster, Weg 2, 12345 Ort\n§ 1 Darlehen\nDer Darlehensgeber gewährt ein Darlehen.',
      'vertrag',
    ],
    [
      'Urteil',
      'FINANZGERICHT MÜNSTER\nIm Namen des Volkes\nUrteil\nIn dem Rechtsstreit\nMax Muster, Weg 1, 48143 Münster,\n– Kläger –\ngegen\nFinanzamt Münster-Innenstadt\n– Beklagter –\nwegen Einkommensteuer 2020\nhat der 5. Senat für Recht erkannt:',
      'gericht',
    ],
    [
      'Beschluss',
      'Niedersächsisches Finanzgericht\nBeschluss\nIn dem Verfahren\nMax Muster, Weg 1, 30159 Hannover,\n– Antragsteller –\ngegen\nFinanzamt Hannover-Mitte\nwegen Aussetzung der Vollziehung Einkommensteuer 2021',
      'gericht',
    ],
    [
      'Rückfrage',
      faLetter({
        office: 'Finanzamt Nürnberg-Süd',
        recipient: ['Frau', 'Eva Muster', 'Weg 1', '90488 Nürnberg'],
        info: [
          ['Steuernummer', '240/781/46598'],
          ['Datum', '05.11.2024'],
        ],
        body: [
          'Einkommensteuererklärung 2023 – Rückfrage',
          'zur Bearbeitung benötige ich noch Unterlagen.',
          'Bitte reichen Sie die Unterlagen bis zum 19.11.2024 ein.',
        ],
      }),
      'sonstiges',
    ],
    [
      'E-Mail',
      'Von: Max Muster <max@example.de>\nGesendet: Montag, 3. März 2025 10:15\nAn: kanzlei@example.de\nBetreff: Unterlagen\n\nanbei die Belege.',
      'sonstiges',
    ],
    [
      'Handelsregister',
      'Amtsgericht Köln\nHandelsregister Abteilung B\nAbruf vom 12.03.2025\na) Firma:  Muster GmbH\nb) Sitz:  Köln',
      'sonstiges',
    ],
  ];
  it.each(cases)('%s', async (_name, text, type) => {
    expect((await analyzeText(text)).docType.value).toBe(type);
  });
});
