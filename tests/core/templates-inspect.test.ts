import { describe, expect, it } from 'vitest';
import { inspectTemplate, prepareTemplate } from '../../src-main/core/templates';
import { AppError } from '../../src-shared/errors/app-error';
import { defaultTemplates } from '../../scripts/templates/default-templates';
import { makeDocx, p, readTemplate } from './templates-helpers';

describe('inspectTemplate', () => {
  it('reports unknown placeholders with name, suggestion and place', async () => {
    const inspection = await inspectTemplate(
      makeDocx([p('Hallo'), p('Sehr geehrte {mandant.nmae}, {kundennummer}')]),
    );
    expect(inspection.ok).toBe(true);
    expect(inspection.unknown.map(({ name, suggestion }) => ({ name, suggestion }))).toEqual([
      { name: 'mandant.nmae', suggestion: 'mandant.name' },
      { name: 'kundennummer', suggestion: undefined },
    ]);
    const [first] = inspection.unknown;
    expect(first?.message).toBe(
      'Unbekannter Platzhalter „mandant.nmae“ – gemeint ist vielleicht „mandant.name“ (Haupttext, Absatz 2).',
    );
    expect(first?.location).toMatchObject({
      part: 'word/document.xml',
      partLabel: 'Haupttext',
      paragraph: 2,
    });
    expect(first?.location.context).toContain('Sehr geehrte {mandant.nmae}');
  });

  it('resolves loop fields inside their loop only, and object sections', async () => {
    const inspection = await inspectTemplate(
      makeDocx([
        p('{#unterlagen}{nr}. {bezeichnung} für {mandant.name}{/unterlagen}'),
        p('{#offeneAuftraege}{titel} bis {frist | datum_lang}{/offeneAuftraege}'),
        p('{#mandant}{name}{/mandant}'),
        p('{titel}'),
        p('{.}'),
      ]),
    );
    expect(inspection.unknown.map((entry) => entry.name)).toEqual(['titel']);
    expect(inspection.usages).toEqual(
      expect.arrayContaining([
        { key: 'unterlagen', sections: [] },
        { key: 'mandant.name', sections: [{ key: 'unterlagen', inverted: false }] },
        { key: 'offeneAuftraege', sections: [] },
      ]),
    );
  });

  it('records the sections around each value for the missing-data report', async () => {
    const inspection = await inspectTemplate(
      makeDocx([
        p('{#istUnternehmen}{^hatAnsprechpartner}{mandant.firma}{/hatAnsprechpartner}{/istUnternehmen}'),
      ]),
    );
    expect(inspection.usages).toEqual([
      {
        key: 'mandant.firma',
        sections: [
          { key: 'istUnternehmen', inverted: false },
          { key: 'hatAnsprechpartner', inverted: true },
        ],
      },
    ]);
    expect(inspection.groups).toEqual(['Mandant', 'Ansprechpartner']);
  });

  it('explains an unclosed loop in German with its place', async () => {
    const inspection = await inspectTemplate(
      makeDocx([p('Einleitung'), p('{#offeneAuftraege}'), p('{titel} bis {frist}'), p('Schluss')]),
    );
    expect(inspection.ok).toBe(false);
    expect(inspection.syntaxErrors).toHaveLength(1);
    const [error] = inspection.syntaxErrors;
    expect(error?.code).toBe('unclosed_loop');
    expect(error?.message).toBe(
      'Der Abschnitt „{#offeneAuftraege}“ wird nicht geschlossen: Es fehlt „{/offeneAuftraege}“ (Schleife oder Bedingung ohne Ende). (Haupttext, Absatz 2: „{#offeneAuftraege}“)',
    );
    expect(error?.location).toMatchObject({
      part: 'word/document.xml',
      paragraph: 2,
      context: '{#offeneAuftraege}',
    });
  });

  it('explains other syntax errors', async () => {
    const messages = async (...paragraphs: string[]) =>
      (await inspectTemplate(makeDocx(paragraphs.map(p)))).syntaxErrors.map((error) => [
        error.code,
        error.message,
      ]);
    expect(await messages('Hallo mandant.name}')).toEqual([
      ['unopened_tag', expect.stringContaining('schließende Klammer „}“ ohne öffnende Klammer')],
    ]);
    expect(await messages('Hallo {mandant.name')).toEqual([
      ['unclosed_tag', expect.stringContaining('Es fehlt die schließende Klammer „}“')],
    ]);
    expect(await messages('{{mandant.name}}')).toEqual([
      ['duplicate_open_tag', expect.stringContaining('öffnende Klammer doppelt')],
      ['duplicate_close_tag', expect.stringContaining('schließende Klammer doppelt')],
    ]);
    expect(await messages('{/istPerson}')).toEqual([
      ['unopened_loop', expect.stringContaining('nie geöffnet')],
    ]);
    expect(await messages('{#istPerson}x{/istUnternehmen}')).toEqual([
      ['closing_tag_does_not_match_opening_tag', expect.stringContaining('erwartet ist „{/istPerson}“')],
    ]);
    expect(await messages('{eingabe.betrag | dollar}')).toEqual([
      [
        'scopeparser_compilation_failed',
        expect.stringContaining('Der Filter „dollar“ in „{eingabe.betrag | dollar}“ ist unbekannt'),
      ],
    ]);
  });

  it('refuses raw XML placeholders, which would insert data as markup', async () => {
    const bytes = makeDocx([p('{@mandant.name}')]);
    const inspection = await inspectTemplate(bytes);
    expect(inspection.syntaxErrors.map((error) => error.code)).toEqual(['raw_xml_not_allowed']);
    await expect(prepareTemplate(bytes)).rejects.toSatisfy(
      (error) =>
        AppError.is(error) &&
        error.details?.code === 'template-syntax' &&
        error.userMessage.startsWith('Die Vorlage enthält Fehler:'),
    );
  });

  it('finds no problems in the default templates and names the data they need', async () => {
    for (const template of defaultTemplates) {
      const inspection = await inspectTemplate(readTemplate(template.file));
      expect(inspection.syntaxErrors, template.file).toEqual([]);
      expect(inspection.unknown, template.file).toEqual([]);
      expect(inspection.clientDataInHeaderOrFooter, template.file).toBe(false);
      expect(inspection.groups).toEqual(expect.arrayContaining(['Mandant', 'Kanzlei', 'Berater']));
    }
    const einspruch = await inspectTemplate(readTemplate('einspruch-steuerbescheid.docx'));
    expect(einspruch.groups).toEqual(expect.arrayContaining(['Finanzamt', 'Bescheid']));
  });
});
