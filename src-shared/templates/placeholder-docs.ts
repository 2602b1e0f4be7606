import { templateFilters } from './filters';
import {
  placeholderGroupDescriptions,
  placeholderGroups,
  placeholderTypeLabels,
  type PlaceholderDefinition,
} from './placeholder-types';
import { placeholderRegistry } from './registry';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

function usage(definition: PlaceholderDefinition): string {
  if (definition.type === 'condition') return `\`{#${definition.key}}…{/${definition.key}}\``;
  if (definition.type === 'loop') return `\`{#${definition.key}}…{/${definition.key}}\``;
  return `\`{${definition.key}}\``;
}

function loopFields(definition: PlaceholderDefinition): string[] {
  if (!definition.fields) return [];
  return [
    '',
    `Felder jedes Eintrags von \`${definition.key}\` (innerhalb der Liste ohne Präfix):`,
    '',
    '| Feld | Bezeichnung | Typ | Beispiel | Beschreibung |',
    '| --- | --- | --- | --- | --- |',
    ...definition.fields.map(
      (field) =>
        `| \`{${field.name}}\` | ${cell(field.label)} | ${placeholderTypeLabels[field.type]} | ${cell(field.example)} | ${cell(field.description)} |`,
    ),
  ];
}

/** docs/PLATZHALTER.md, generated from the registry (scripts/gen-placeholder-docs.ts formats and writes it). */
export function placeholderDocs(): string {
  const lines = [
    '# Platzhalter für Vorlagen',
    '',
    '<!-- Erzeugt von scripts/gen-placeholder-docs.ts aus src-shared/templates/registry. Nicht von Hand ändern. -->',
    '',
    'Vorlagen sind Word-Dateien (.docx) mit Platzhaltern in geschweiften Klammern. Beim Erstellen eines Dokuments',
    'werden sie durch die Daten des Mandanten, der Kanzlei, des Auftrags usw. ersetzt.',
    '',
    '- Wert: `{mandant.name}`. Leere Werte hinterlassen keine doppelten Leerzeichen; ein Absatz, der nur aus leeren',
    '  Platzhaltern besteht, entfällt.',
    '- Bedingung: `{#istUnternehmen}…{/istUnternehmen}`, Gegenteil: `{^istUnternehmen}…{/istUnternehmen}`. Jeder',
    '  Wert kann als Bedingung dienen: `{#mandant.email}E-Mail: {mandant.email}{/mandant.email}`. Stehen',
    '  Anfang und Ende jeweils allein in einem Absatz, entfallen diese Absätze im Ergebnis.',
    '- Liste: `{#offeneAuftraege}{titel} bis {frist}{/offeneAuftraege}`; innerhalb der Liste stehen die Felder',
    '  des Eintrags ohne Präfix. Beginnt und endet die Liste in derselben Tabellenzeile, wird die Zeile wiederholt.',
    '- Filter: `{eingabe.betrag | euro}`, `{auftrag.frist | datum_lang}` (siehe unten).',
    '- Mehrzeilige Werte (Typ „Mehrzeilig“) werden mit Zeilenumbrüchen eingefügt.',
    '',
    'Fehlt ein Wert, den die Vorlage braucht, nennt der Bericht über fehlende Angaben ihn vor dem Erstellen',
    '(z. B. „Geburtsdatum fehlt bei Mandant 10023“); er kann dann nur für dieses Dokument eingegeben werden,',
    'ohne die Stammdaten zu ändern.',
    '',
    `Insgesamt ${placeholderRegistry.length} Platzhalter.`,
  ];
  for (const group of placeholderGroups) {
    const entries = placeholderRegistry.filter((definition) => definition.group === group);
    if (entries.length === 0) continue;
    lines.push(
      '',
      `## ${group}`,
      '',
      placeholderGroupDescriptions[group],
      '',
      '| Platzhalter | Bezeichnung | Typ | Beispiel | Beschreibung |',
      '| --- | --- | --- | --- | --- |',
      ...entries.map(
        (definition) =>
          `| ${usage(definition)} | ${cell(definition.label)} | ${placeholderTypeLabels[definition.type]} | ${cell(definition.example)} | ${cell(definition.description)} |`,
      ),
    );
    for (const definition of entries) lines.push(...loopFields(definition));
  }
  lines.push(
    '',
    '## Filter',
    '',
    'Filter formen einen Wert um: `{wert | filter}` oder mit Argument `{wert | filter:"Argument"}`.',
    '',
    '| Filter | Beispiel | Ergebnis | Beschreibung |',
    '| --- | --- | --- | --- |',
    ...templateFilters.map(
      (filter) =>
        `| \`${filter.name}\` | \`${cell(filter.example)}\` | ${cell(filter.result)} | ${cell(filter.description)} |`,
    ),
    '',
  );
  return lines.join('\n');
}
