import { describe, expect, it } from 'vitest';
import { buildRenderData, missingDataReport, type TagUsage } from '../../../src-shared/templates';
import { sampleClients, sampleInput } from '../../../scripts/templates/sample-data';

const use = (key: string, ...sections: string[]): TagUsage => ({
  key,
  sections: sections.map((section) => ({
    key: section.replace(/^\^/, ''),
    inverted: section.startsWith('^'),
  })),
});

const messages = (usages: TagUsage[], data = buildRenderData(sampleInput(sampleClients.divers))) =>
  missingDataReport(usages, data).map((entry) => entry.message);

describe('missingDataReport', () => {
  it('names the missing value, the record and the key to fill it in', () => {
    const report = missingDataReport(
      [use('mandant.geburtsdatum'), use('mandant.email')],
      buildRenderData({
        ...sampleInput(sampleClients.herrDr),
        mandant: { ...sampleClients.herrDr, birthDate: null, email: null },
      }),
    );
    expect(report).toEqual([
      {
        key: 'mandant.geburtsdatum',
        label: 'Geburtsdatum',
        group: 'Mandant',
        type: 'date',
        message: 'Geburtsdatum fehlt bei Mandant 10023',
      },
      {
        key: 'mandant.email',
        label: 'E-Mail-Adresse',
        group: 'Mandant',
        type: 'text',
        message: 'E-Mail-Adresse fehlt bei Mandant 10023',
      },
    ]);
  });

  it('reports each missing key once and nothing for present values', () => {
    expect(
      messages([
        use('mandant.email'),
        use('mandant.email'),
        use('mandant.name'),
        use('mandant.steuernummer'),
      ]),
    ).toEqual(['E-Mail-Adresse fehlt bei Mandant 10025', 'Steuernummer fehlt bei Mandant 10025']);
  });

  it('ignores values that do not apply to the client kind, optional values and conditions', () => {
    const person = buildRenderData(sampleInput(sampleClients.frau));
    expect(messages([use('mandant.firma'), use('mandant.postfach'), use('istUnternehmen')], person)).toEqual(
      [],
    );
    const company = buildRenderData(sampleInput(sampleClients.gmbh));
    expect(
      messages([use('mandant.geburtsdatum'), use('mandant.steuerId'), use('mandant.ustId')], company),
    ).toEqual(['USt-IdNr. fehlt bei Mandant 20002']);
  });

  it('skips values inside sections that are closed for this client', () => {
    const person = buildRenderData(sampleInput(sampleClients.divers));
    expect(
      messages([use('mandant.email', 'mandant.email'), use('mandant.telefon', 'istUnternehmen')], person),
    ).toEqual([]);
    expect(messages([use('mandant.telefon', '^istUnternehmen')], person)).toEqual([
      'Telefonnummer fehlt bei Mandant 10025',
    ]);
    expect(messages([use('mandant.telefon', 'hatOffeneAuftraege', 'istPerson')], person)).toEqual([
      'Telefonnummer fehlt bei Mandant 10025',
    ]);
  });

  it('explains missing records: contact, Berater, Kanzlei, order, Bescheid, input', () => {
    const data = buildRenderData({ mandant: sampleClients.gmbh, heute: '2026-11-24' });
    expect(
      messages(
        [
          use('ansprechpartner.funktion'),
          use('berater.berufsbezeichnung'),
          use('kanzlei.iban'),
          use('auftrag.frist'),
          use('bescheid.datum'),
          use('finanzamt.anschrift'),
          use('benutzer.name'),
          use('eingabe.betreff'),
          use('unterlagen'),
          use('offeneAuftraege'),
        ],
        data,
      ),
    ).toEqual([
      'Funktion des Ansprechpartners fehlt: Für Mandant 20002 ist kein Ansprechpartner gewählt',
      'Berufsbezeichnung des Beraters fehlt: Für Mandant 20002 ist kein Berater zugeordnet',
      'IBAN fehlt in den Kanzleidaten',
      'Frist fehlt: Es ist kein Auftrag ausgewählt',
      'Bescheiddatum fehlt: Zum Auftrag ist kein Bescheid erfasst',
      'Anschrift des Finanzamts fehlt: Für Mandant 20002 ist kein Finanzamt bekannt',
      'Name fehlt im Benutzerprofil',
      'Betreff ist für dieses Dokument noch nicht eingegeben',
      'Unterlagen sind für dieses Dokument noch nicht eingegeben',
      'Mandant 20002 hat keine offenen Aufträge',
    ]);
  });

  it('is satisfied by a value typed in for this document', () => {
    const input = {
      ...sampleInput(sampleClients.herrDr),
      mandant: { ...sampleClients.herrDr, birthDate: null },
    };
    const usages = [use('mandant.geburtsdatum'), use('eingabe.betreff')];
    expect(messages(usages, buildRenderData(input))).toHaveLength(2);
    expect(
      messages(
        usages,
        buildRenderData(input, { 'mandant.geburtsdatum': '14.03.1968', 'eingabe.betreff': 'Test' }),
      ),
    ).toEqual([]);
  });
});
