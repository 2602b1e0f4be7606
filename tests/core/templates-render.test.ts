import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareTemplate, renderTemplate, type PreparedTemplate } from '../../src-main/core/templates';
import type { RenderInput, TemplateMandant } from '../../src-shared/templates';
import { defaultTemplates } from '../../scripts/templates/default-templates';
import { sampleClients, sampleContact, sampleInput } from '../../scripts/templates/sample-data';
import {
  allText,
  docxParagraphs,
  emptyParagraphCount,
  isWellFormed,
  makeDocx,
  p,
  partXml,
  readTemplate,
} from './templates-helpers';

interface ClientCase {
  name: string;
  mandant: TemplateMandant;
  kontakt: RenderInput['kontakt'];
  address: string[];
  greeting: string;
  /** How the client is named in running text. */
  displayName: string;
}

// Expected lines from the DIN 5008 rules (domain notes §8), written out, not computed.
const clients: ClientCase[] = [
  {
    name: '(a) Herr with title',
    mandant: sampleClients.herrDr,
    kontakt: null,
    address: ['Herrn', 'Dr. Thomas Müller', 'Hauptstraße 5', '50667 Köln'],
    greeting: 'Sehr geehrter Herr Dr. Müller,',
    displayName: 'Dr. Thomas Müller',
  },
  {
    name: '(b) Frau without title',
    mandant: sampleClients.frau,
    kontakt: null,
    address: ['Frau', 'Anna Schmidt', 'Lindenallee 17', '50968 Köln'],
    greeting: 'Sehr geehrte Frau Schmidt,',
    displayName: 'Anna Schmidt',
  },
  {
    name: '(c) Anrede divers',
    mandant: sampleClients.divers,
    kontakt: null,
    address: ['Kim Mayer', 'Venloer Straße 240', '50823 Köln'],
    greeting: 'Guten Tag Kim Mayer,',
    displayName: 'Kim Mayer',
  },
  {
    name: '(d) GmbH with contact person',
    mandant: sampleClients.gmbhContact,
    kontakt: sampleContact,
    address: ['Weber GmbH', 'Frau Sandra Weber', 'Industriestraße 3', '51103 Köln'],
    greeting: 'Sehr geehrte Frau Weber,',
    displayName: 'Weber GmbH',
  },
  {
    name: '(e) GmbH without contact person',
    mandant: sampleClients.gmbh,
    kontakt: null,
    address: ['Schulz Bau GmbH', 'Am Hafen 9', '50968 Köln'],
    greeting: 'Sehr geehrte Damen und Herren,',
    displayName: 'Schulz Bau GmbH',
  },
];

const finanzamtAddress = ['Finanzamt Köln-Mitte', 'Blaubach 7', '50676 Köln'].join('\n');
const overrides = {
  'eingabe.betreff': 'Ihre Einkommensteuererklärung 2025',
  'eingabe.text': 'wir haben Ihre Unterlagen erhalten.\nVielen Dank!',
  'eingabe.neueFrist': '30.09.2026',
};

const prepared = new Map<string, PreparedTemplate>();
beforeAll(async () => {
  for (const template of defaultTemplates)
    prepared.set(template.file, await prepareTemplate(readTemplate(template.file)));
});

describe.each(defaultTemplates.map((template) => [template.name, template] as const))(
  '%s',
  (_name, template) => {
    it.each(clients.map((client) => [client.name, client] as const))(
      'renders for %s',
      async (_client, client) => {
        const input = { ...sampleInput(client.mandant), kontakt: client.kontakt };
        const { docx } = await renderTemplate(
          prepared.get(template.file) as PreparedTemplate,
          input,
          overrides,
        );
        const paragraphs = await docxParagraphs(docx);

        if (template.recipient === 'mandant') {
          expect(paragraphs).toContain(client.address.join('\n'));
          expect(paragraphs).toContain(client.greeting);
        } else if (template.recipient === 'finanzamt') {
          expect(paragraphs).toContain(finanzamtAddress);
          expect(paragraphs).toContain('Sehr geehrte Damen und Herren,');
          expect(paragraphs.join('\n')).toContain(`Steuersache ${client.displayName}, Steuernummer`);
        } else {
          expect(paragraphs).toContain(client.displayName);
          expect(paragraphs).toContain(client.address.slice(-2).join(', '));
        }
        if (template.recipient !== 'keiner') expect(paragraphs).toContain('Köln, 24. November 2026');
        expect(paragraphs.join('\n')).toContain('Dr. Julia Hoffmann');

        const text = allText(docx);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toContain('\ue000');
        expect(text).toContain('IBAN DE89 3704 0044 0532 0130 00');
        for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
          expect(isWellFormed(partXml(docx, part)), part).toBe(true);
        }
      },
    );
  },
);

describe('default templates with almost no data', () => {
  it.each(defaultTemplates.map((template) => [template.name, template] as const))(
    '%s stays valid and reports what is missing',
    async (_name, template) => {
      const { docx, missing } = await renderTemplate(prepared.get(template.file) as PreparedTemplate, {
        mandant: { kind: 'person', clientNumber: '99', lastName: 'Leer' },
        heute: '2026-11-24',
      });
      for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
        const xml = partXml(docx, part);
        expect(isWellFormed(xml), part).toBe(true);
        for (const cell of xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [])
          expect(cell, part).toMatch(/<w:p[ >/]/);
      }
      expect(allText(docx)).not.toMatch(/[{}\ue000]/);
      const messages = missing.map((entry) => entry.message);
      expect(messages).toContain('Name fehlt in den Kanzleidaten');
      expect(messages).toContain('Name des Beraters fehlt: Für Mandant 99 ist kein Berater zugeordnet');
    },
  );
});

describe('specific template content', () => {
  const render = async (file: string, input: RenderInput, extra = {}) =>
    docxParagraphs(
      (await renderTemplate(prepared.get(file) as PreparedTemplate, input, { ...overrides, ...extra })).docx,
    );

  it('puts the Bescheid of the order into the Einspruch', async () => {
    const paragraphs = await render('einspruch-steuerbescheid.docx', sampleInput(sampleClients.herrDr));
    expect(paragraphs).toContain('Einspruch gegen den Einkommensteuerbescheid 2024 vom 03.11.2026');
    expect(paragraphs.join('\n')).toContain('Die Begründung reichen wir nach');
    const reasoned = await render('einspruch-steuerbescheid.docx', sampleInput(sampleClients.herrDr), {
      'eingabe.begruendung': 'Die Werbungskosten fehlen.',
    });
    expect(reasoned).toContain('Die Werbungskosten fehlen.');
    expect(reasoned.join('\n')).not.toContain('Die Begründung reichen wir nach');
  });

  it('lists the requested documents with numbers and notes', async () => {
    const paragraphs = await render('unterlagen-anforderung.docx', sampleInput(sampleClients.frau));
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        '1.\tLohnsteuerbescheinigung 2025 (vom Arbeitgeber)',
        '2.\tNachweise über Spenden',
        '3.\tNebenkostenabrechnung 2025',
        'Kopien genügen; Originale senden wir Ihnen selbstverständlich zurück.',
      ]),
    );
    expect(paragraphs.join('\n')).toContain(
      'möglichst bald zu, damit wir die Frist am 31.07.2026 sicher einhalten können.',
    );
  });

  it('uses a value as condition and prints it inside', async () => {
    const paragraphs = await render('unterlagen-anforderung.docx', sampleInput(sampleClients.gmbh), {
      'eingabe.frist': '2026-12-15',
    });
    expect(paragraphs.join('\n')).toContain(
      'Bitte senden Sie uns die Unterlagen bis zum 15.12.2026 zu, damit wir die Frist am 31.07.2026 sicher einhalten können.',
    );
    expect(paragraphs.join('\n')).toContain('Gerne können Sie die Unterlagen auch digital bereitstellen');
  });

  it('repeats table rows for the open orders and drops rows whose condition is false', async () => {
    const letter = await render('serienbrief-jahresbeginn.docx', sampleInput(sampleClients.gmbh));
    expect(letter).toEqual(
      expect.arrayContaining([
        'Einkommensteuererklärung 2025',
        'Umsatzsteuer-Voranmeldung Oktober 2026',
        'Oktober 2026',
        '10.12.2026',
      ]),
    );
    expect(letter.join('\n')).toContain('Jahresabschluss 2025');
    expect(letter.join('\n')).not.toContain('Lohnsteuerbescheinigungen');
    const none = await render(
      'serienbrief-jahresbeginn.docx',
      sampleInput(sampleClients.gmbh, { offeneAuftraege: [], unterlagen: [] }),
    );
    expect(none.join('\n')).not.toContain('in Bearbeitung');
    const vollmacht = await render('vollmacht-steuersachen.docx', sampleInput(sampleClients.gmbh));
    expect(vollmacht).not.toContain('vertreten durch');
    expect(vollmacht).not.toContain('Geburtsdatum');
  });
});

describe('rendering details', () => {
  it('escapes XML special characters and strips control characters', async () => {
    const mandant: TemplateMandant = {
      kind: 'company',
      clientNumber: '1',
      companyName: 'Müller & Söhne <GmbH>\u0007',
      address: { street: 'Weg "1"\u0000', postalCode: '50667', city: 'Köln' },
    };
    const template = await prepareTemplate(readTemplate('mandantenanschreiben.docx'));
    const { docx } = await renderTemplate(template, sampleInput(mandant), {
      'eingabe.text': 'a < b & c\u001f',
    });
    const xml = partXml(docx, 'word/document.xml');
    expect(xml).toContain('Müller &amp; Söhne &lt;GmbH&gt;');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(isWellFormed(xml)).toBe(true);
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs).toContain('Müller & Söhne <GmbH>\nWeg "1"\n50667 Köln');
    expect(paragraphs).toContain('a < b & c');
  });

  it('renders multi-line values as line breaks', async () => {
    const template = await prepareTemplate(makeDocx([p('{mandant.anschrift}')]));
    const { docx } = await renderTemplate(template, sampleInput(sampleClients.herrDr));
    expect(partXml(docx, 'word/document.xml')).toMatch(
      /Herrn<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t[^>]*>Dr\. Thomas Müller/,
    );
  });

  it('leaves no stray spaces or empty paragraphs where values are empty', async () => {
    const template = await prepareTemplate(
      makeDocx([
        p('Vorher'),
        p('{mandant.titel} {mandant.vorname} {mandant.nachname}'),
        p('{mandant.email}'),
        p('{mandant.telefon} {mandant.mobil}'),
        p('Telefon: {mandant.telefon}'),
        p('{#istUnternehmen}'),
        p('Firma {mandant.firma}'),
        p('{/istUnternehmen}'),
        p('Anrede: {mandant.anrede}, Name: {mandant.nachname}.'),
        p('{mandant.email}, {mandant.ort} · {mandant.telefon} · {mandant.plz}'),
        p('({mandant.telefon})'),
        p('Nachher'),
      ]),
    );
    const { docx, missing } = await renderTemplate(template, sampleInput(sampleClients.divers));
    expect(await docxParagraphs(docx)).toEqual([
      'Vorher',
      'Kim Mayer',
      'Telefon:',
      'Anrede: Name: Mayer.',
      'Köln · 50823',
      '()',
      'Nachher',
    ]);
    expect(emptyParagraphCount(partXml(docx, 'word/document.xml'))).toBe(0);
    expect(missing.map((entry) => entry.message)).toEqual([
      'E-Mail-Adresse fehlt bei Mandant 10025',
      'Telefonnummer fehlt bei Mandant 10025',
    ]);
  });

  it('keeps every non-empty value and leaves no marks, whatever is empty (property)', async () => {
    const keys = ['eingabe.betreff', 'eingabe.bemerkung', 'eingabe.ihrZeichen', 'eingabe.versandvermerk'];
    const template = await prepareTemplate(
      makeDocx([
        p(`${keys.map((key) => `{${key}}`).join(' ')}`),
        p(`A, {${keys[0]}}, {${keys[1]}} · {${keys[2]}}.`),
        p(`{${keys[3]}}`),
        p('Ende'),
      ]),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('', 'x', 'Wert & <b>', ' '), { minLength: 4, maxLength: 4 }),
        async (values) => {
          const overrides = Object.fromEntries(keys.map((key, i) => [key, values[i] ?? '']));
          const { docx } = await renderTemplate(template, sampleInput(sampleClients.frau), overrides);
          const xml = partXml(docx, 'word/document.xml');
          expect(isWellFormed(xml)).toBe(true);
          expect(xml).not.toContain('\ue000');
          const text = (await docxParagraphs(docx)).join('\n');
          for (const value of values) if (value.trim() !== '') expect(text).toContain(value.trim());
          expect(text).not.toMatch(/ {2}|^ | $/m);
          expect(emptyParagraphCount(xml)).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a paragraph in a table cell whose only value is empty (Word needs one)', async () => {
    const cell = (content: string) =>
      `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
    const tableXml = `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr>${cell(p('{mandant.email}'))}${cell(p('x') + p('{mandant.email}'))}</w:tr></w:tbl>`;
    const template = await prepareTemplate(makeDocx([tableXml, p('Ende')]));
    const { docx } = await renderTemplate(template, sampleInput(sampleClients.divers));
    const xml = partXml(docx, 'word/document.xml');
    expect(isWellFormed(xml)).toBe(true);
    const cells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(
      (match) => (match[0].match(/<w:p[ >]/g) ?? []).length,
    );
    expect(cells).toEqual([1, 1]);
  });

  it('renders the same document from a reused compilation as from a fresh one', async () => {
    const bytes = readTemplate('auftragsbestaetigung.docx');
    const reused = await prepareTemplate(bytes);
    for (const client of clients) {
      const input = { ...sampleInput(client.mandant), kontakt: client.kontakt };
      const fresh = await prepareTemplate(bytes);
      const a = (await renderTemplate(reused, input)).docx;
      const b = (await renderTemplate(fresh, input)).docx;
      for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
        expect(partXml(a, part)).toBe(partXml(b, part));
      }
    }
  });
});
