import { describe, expect, it } from 'vitest';
import {
  buildRenderData,
  getRenderValue,
  placeholderGroups,
  placeholderRegistry,
  placeholderTypes,
  templateFilters,
} from '../../../src-shared/templates';
import { sampleClients, sampleInput } from '../../../scripts/templates/sample-data';

describe('placeholder registry', () => {
  it('has a rich set of unique, well-formed keys', () => {
    const keys = placeholderRegistry.map((definition) => definition.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(80);
    expect(keys.length).toBeLessThanOrEqual(150);
    for (const key of keys) expect(key).toMatch(/^[a-z][A-Za-z_]*(\.[a-z][A-Za-z]*)?$/);
  });

  it('contains the placeholders templates rely on', () => {
    const keys = new Set(placeholderRegistry.map((definition) => definition.key));
    const required = [
      'mandant.briefanrede',
      'mandant.anschrift',
      'mandant.steuernummer',
      'mandant.nummer',
      'mandant.name',
      'mandant.vorname',
      'mandant.nachname',
      'mandant.firma',
      'mandant.rechtsform',
      'mandant.strasse',
      'mandant.plz',
      'mandant.ort',
      'mandant.email',
      'mandant.geburtsdatum',
      'mandant.steuerId',
      'mandant.ustId',
      'ansprechpartner.name',
      'berater.name',
      'berater.berufsbezeichnung',
      'berater.email',
      'kanzlei.name',
      'kanzlei.anschrift',
      'kanzlei.strasse',
      'kanzlei.plz',
      'kanzlei.ort',
      'kanzlei.telefon',
      'kanzlei.email',
      'kanzlei.iban',
      'kanzlei.bank',
      'auftrag.titel',
      'auftrag.art',
      'auftrag.frist',
      'auftrag.zeitraum',
      'bescheid.datum',
      'bescheid.steuerart',
      'bescheid.jahr',
      'heute',
      'heute_lang',
      'benutzer.name',
      'istUnternehmen',
      'istPerson',
      'hatAnsprechpartner',
      'offeneAuftraege',
      'unterlagen',
    ];
    for (const key of required) expect(keys, key).toContain(key);
  });

  it('describes every entry in German with an example, a known group and type', () => {
    for (const definition of placeholderRegistry) {
      expect(definition.label.trim(), definition.key).not.toBe('');
      expect(definition.description.trim(), definition.key).not.toBe('');
      expect(definition.example.trim(), definition.key).not.toBe('');
      expect(placeholderGroups).toContain(definition.group);
      expect(placeholderTypes).toContain(definition.type);
      if (definition.type === 'loop') {
        expect(definition.fields?.length, definition.key).toBeGreaterThan(0);
        expect(definition.fields?.map((field) => field.name)).toContain(definition.primaryField);
      } else {
        expect(definition.fields, definition.key).toBeUndefined();
      }
    }
  });

  it('has a value of the right kind for every key in the render data', () => {
    for (const client of Object.values(sampleClients)) {
      const data = buildRenderData(sampleInput(client));
      for (const definition of placeholderRegistry) {
        const value = getRenderValue(data, definition.key);
        if (definition.type === 'condition') expect(typeof value, definition.key).toBe('boolean');
        else if (definition.type === 'loop') expect(Array.isArray(value), definition.key).toBe(true);
        else expect(typeof value, definition.key).toBe('string');
      }
    }
  });

  it('prints every value of a complete client (no placeholder left empty by mistake)', () => {
    const data = buildRenderData(
      sampleInput(sampleClients.herrDr, {}),
      Object.fromEntries(
        placeholderRegistry
          .filter((d) => d.group === 'Benutzereingabe' && d.type !== 'condition')
          .map((d) => [d.key, d.example]),
      ),
    );
    const empty = placeholderRegistry
      .filter((d) => !d.optional && d.appliesTo !== 'company' && d.type !== 'condition')
      .filter((d) => !d.key.startsWith('ansprechpartner.'))
      .filter((d) => {
        const value = getRenderValue(data, d.key);
        return value === '' || (Array.isArray(value) && value.length === 0);
      })
      .map((d) => d.key);
    expect(empty.sort()).toEqual([
      'mandant.iban',
      'mandant.kontoinhaber',
      'mandant.telefon',
      'mandant.ustId',
    ]);
  });

  it('lists filters with German names and examples', () => {
    expect(templateFilters.map((filter) => filter.name)).toEqual(
      expect.arrayContaining(['euro', 'datum', 'datum_lang', 'gross', 'klein', 'oder']),
    );
  });
});
