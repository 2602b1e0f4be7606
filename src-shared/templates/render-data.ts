import { baseValues } from './base-values';
import { addCompositeValues } from './composite-values';
import { applyOverrides, type RenderOverrides } from './overrides';
import { placeholderRegistry } from './registry';
import { nest, type RenderData } from './render-values';
import type { RenderInput } from './render-input';

/**
 * The object a template is rendered with, from plain records of the client, contact, Berater, Kanzlei,
 * order, Bescheid and user. Every registry key is present (empty string, false or [] when there is no
 * value), so templates never print "undefined".
 *
 * Overrides are values typed in for this one document: they never change the records. A plain value
 * (Nachname, Straße, Geburtsdatum) is overridden before the values built from it (Anschrift,
 * Briefanrede, conditions), which therefore follow; a built value (Briefanrede) can be overridden
 * directly as well.
 */
export function buildRenderData(input: RenderInput, overrides?: RenderOverrides): RenderData {
  const { values, context } = baseValues(input);
  for (const definition of placeholderRegistry) {
    if (values.has(definition.key)) continue;
    values.set(
      definition.key,
      definition.type === 'loop' ? [] : definition.type === 'condition' ? false : '',
    );
  }
  applyOverrides(values, overrides);
  addCompositeValues(values, context);
  applyOverrides(values, overrides);
  return nest(values);
}
