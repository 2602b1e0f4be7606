import { describe, expect, it } from 'vitest';
import { analyzeText, belehrung, faLetter } from './helpers';

describe('fields of a Bescheid', () => {
  const text = faLetter({
    office: 'Finanzamt Rosenheim',
    officeAddress: '83022 Rosenheim',
    recipient: ['Herrn', 'Dipl.-Ing. Günther Werner', 'Schulstraße 97', '83023 Rosenheim'],
    info: [
      ['St.-Nr.', '156/228/58611'],
      ['IdNr.', '86 730 925 011'],
      ['Datum', '4. April 2025'],
    ],
    body: [
      'Einkommensteuerbescheid 2024',
      'Bei der Festsetzung wurde von Ihrer Steuererklärung vom 10.01.2025 nicht abgewichen.',
      'Abrechnung',
      'Festgesetzt werden              1.153,00 €      0,00 €',
      'Nachzahlung (Summe verbleibende Beträge)        31,00 €',
      'Bitte zahlen Sie den Betrag bis zum 08.05.2025.',
      ...belehrung,
    ],
  });

  it('reads identifiers, dates, amount, Finanzamt, Land and Einspruchsfrist', async () => {
    const a = await analyzeText(text);
    expect(a.docType.value).toBe('est_bescheid');
    expect(a.fields.steuernummer).toMatchObject({ value: '156/228/58611', state: 'sicher' });
    expect(a.fields.steuerId.value).toBe('86730925011');
    expect(a.fields.documentDate.value).toBe('2025-04-04');
    expect(a.fields.taxYear.value).toBe(2024);
    expect(a.fields.amount.value).toBe(31);
    expect(a.fields.dueDate.value).toBe('2025-05-08');
    expect(a.fields.finanzamt.value).toBe('Finanzamt Rosenheim');
    expect(a.state.value).toBe('BY');
    expect(a.einspruchsfristEnd.value).toBe('2025-05-08');
    expect(a.fields.iban.value).toBeNull();
    expect(a.fields.documentDate.evidence[0]?.page).toBe(1);
    expect(a.subject).toMatchObject({ kind: 'person', name: 'Günther Werner', postalCode: '83023' });
  });

  it('marks a Steuernummer with a wrong check digit as uncertain instead of accepting it', async () => {
    const a = await analyzeText(text.replace('156/228/58611', '156/228/58612'));
    expect(a.fields.steuernummer.state).toBe('unsicher');
    expect(a.fields.steuernummer.note).toMatch(/Prüfziffer/);
  });

  it('reads a refund as negative, without due date, and the refund account as the subject IBAN', async () => {
    const refund = text
      .replace(
        'Nachzahlung (Summe verbleibende Beträge)        31,00 €',
        'Erstattung        1.106,82 €\nDer Erstattungsbetrag wird auf Ihr Konto DE89 3704 0044 0532 0130 00 überwiesen.',
      )
      .replace('Bitte zahlen Sie den Betrag bis zum 08.05.2025.', '');
    const a = await analyzeText(refund);
    expect(a.fields.amount.value).toBe(-1106.82);
    expect(a.fields.dueDate.value).toBeNull();
    expect(a.fields.iban.value).toBe('DE89370400440532013000');
  });
});

describe('subject versus third parties', () => {
  it('ignores the vendor USt-IdNr, Steuernummer and IBAN on an invoice', async () => {
    const a = await analyzeText(
      [
        'Druckhaus Muster GmbH',
        'Druckhaus Muster GmbH · Weg 1 · 12345 Ort',
        'Herrn',
        'Max Beispiel',
        'Hauptstraße 5',
        '50667 Köln',
        '',
        'Rechnungsnr.  RE-7',
        'Datum  11.09.2026',
        'Rechnung',
        'Rechnungsbetrag   2.881,09 €',
        'Zahlbar ohne Abzug bis zum 25.09.2026.',
        'Druckhaus Muster GmbH · USt-IdNr. DE136695976 · Steuernummer 181/815/08155 · IBAN DE89 3704 0044 0532 0130 00',
        'Geschäftsführung: Eva Muster · Amtsgericht Köln HRB 34680',
      ].join('\n'),
    );
    expect(a.docType.value).toBe('rechnung');
    expect(a.fields.ustId.value).toBeNull();
    expect(a.fields.steuernummer.value).toBeNull();
    expect(a.fields.iban.value).toBeNull();
    expect(a.fields.amount.value).toBe(2881.09);
    expect(a.fields.dueDate.value).toBe('2026-09-25');
    expect(a.subject?.name).toBe('Max Beispiel');
  });

  it('takes the recipient USt-IdNr printed as "Ihre USt-IdNr."', async () => {
    const a = await analyzeText(
      'Muster GmbH\n\nFirma\nKunde AG\nWeg 1\n12345 Ort\n\nRechnung\nRechnungsbetrag  119,00 €\nIhre USt-IdNr.: DE136695976\nMuster GmbH · USt-IdNr. DE221304969 · Bank: X · IBAN DE89 3704 0044 0532 0130 00',
    );
    expect(a.fields.ustId.value).toBe('DE136695976');
  });

  it('ignores the employer Steuernummer on a Lohnsteuerbescheinigung', async () => {
    const a = await analyzeText(
      'Ausdruck der elektronischen Lohnsteuerbescheinigung für 2023\n\nJulia Neumann                 Datum                  29.01.2024\nWaldstraße 25                 Identifikationsnummer  84736597209\n30627 Hannover\n\n3. Bruttoarbeitslohn einschl. Sachbezüge    29.665,56 €\nFinanzamt, an das die Lohnsteuer abgeführt wurde: Finanzamt Hannover-Mitte (2324)\nAnschrift und Steuernummer des Arbeitgebers: Klinik gGmbH, Am Hafen 2, 23/958/10796',
    );
    expect(a.fields.steuernummer.value).toBeNull();
    expect(a.fields.steuerId.value).toBe('84736597209');
    expect(a.fields.finanzamt.value).toBe('Finanzamt Hannover-Mitte');
    expect(a.fields.amount.value).toBe(29665.56);
    expect(a.state.value).toBeNull();
  });

  it('ignores the charity Steuernummer and Finanzamt on a Zuwendungsbestätigung', async () => {
    const a = await analyzeText(
      'Tierschutzverein e.V.\nBestätigung über Geldzuwendungen/Mitgliedsbeitrag\nim Sinne des § 10b des Einkommensteuergesetzes\nName und Anschrift des Zuwendenden  Malerbetrieb Bergmann GmbH & Co. KG, Herderstraße 87, 51378\n                                   Leverkusen\nBetrag der Zuwendung in Ziffern    150,00 €\nTag der Zuwendung                  16.07.2024\nWir sind nach dem Freistellungsbescheid des Finanzamt Konstanz, StNr.\n09462/05820, vom 19.10.2022 von der Körperschaftsteuer befreit.\n\nLeipzig, 05.02.2025',
    );
    expect(a.fields.steuernummer.value).toBeNull();
    expect(a.fields.finanzamt.value).toBeNull();
    expect(a.fields.documentDate.value).toBe('2025-02-05');
    expect(a.fields.taxYear.value).toBe(2024);
    expect(a.client.proposal).toEqual({
      kind: 'company',
      name: 'Malerbetrieb Bergmann GmbH & Co. KG',
      street: 'Herderstraße 87',
      postalCode: '51378',
      city: 'Leverkusen',
    });
  });

  it('takes the Vollmachtgeber numbers, not the Kanzlei ones', async () => {
    const a = await analyzeText(
      'Vollmacht für Steuerberaterinnen und Steuerberater\n\nVollmachtgeber/in\nName, Vorname / Firma     Hartmann, Ulrich\nAnschrift     Auf der Höhe 11, 60315 Frankfurt am Main\nSteuernummer     045 103 03219\nIdentifikationsnummer     76064213856\n\nBevollmächtigte/r\nName     Muster Steuerberatungsgesellschaft mbH\nSteuernummer der Kanzlei     219/5712/3306\n\nFrankfurt am Main, den 22.10.2026',
    );
    expect(a.docType.value).toBe('vollmacht');
    expect(a.fields.steuernummer.value).toBe('045 103 03219');
    expect(a.fields.steuerId.value).toBe('76064213856');
    expect(a.fields.documentDate.value).toBe('2026-10-22');
    expect(a.subject?.name).toBe('Ulrich Hartmann');
  });

  it('takes the account holder IBAN and the own Steuernummer of a tax payment on a bank statement', async () => {
    const a = await analyzeText(
      'Stadtsparkasse Nord\n                    Kontoauszug Nr. 9/2024\n\nElektro Seidel GmbH & Co. KG          Kontoinhaber   Elektro Seidel GmbH & Co. KG\nWiesenweg 65a                         IBAN           DE89 3704 0044 0532 0130 00\n49087 Osnabrück                       Auszugsdatum   24.10.2024\n\nAlter Kontostand   61,90 EUR\n24.10.2024   Überweisung an Finanzamt Osnabrück-Stadt StNr 66/752/33916 ESt-VZ   -2.797,21\n12.10.2024   Gutschrift von Muster GmbH IBAN DE12 5001 0517 0648 4898 90   +100,00\nNeuer Kontostand   -5.364,04 EUR',
    );
    expect(a.docType.value).toBe('kontoauszug');
    expect(a.fields.iban.value).toBe('DE89370400440532013000');
    expect(a.fields.steuernummer.value).toBe('66/752/33916');
    expect(a.fields.finanzamt.value).toBeNull();
    expect(a.fields.amount.value).toBe(-5364.04);
    expect(a.fields.documentDate.value).toBe('2024-10-24');
  });

  it('ignores a receipt stamp when reading the document date', async () => {
    const a = await analyzeText(
      faLetter({
        office: 'Finanzamt Fulda',
        recipient: ['Pohl GmbH', 'Weg 1', '36037 Fulda'],
        info: [['Steuernummer', '018 827 35040']],
        body: [
          'EINGEGANGEN',
          '30 JUN 2025',
          'Bescheid für 2024 über Körperschaftsteuer',
          'Musterstadt, 26.06.2025',
          ...belehrung,
        ],
      }),
    );
    expect(a.fields.documentDate.value).toBe('2025-06-26');
  });
});
