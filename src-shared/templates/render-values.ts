/** One entry of a loop such as `offeneAuftraege`: field name → printed value. */
export type LoopItem = Readonly<Record<string, string>>;

export type RenderValue = string | boolean | readonly LoopItem[];

/** The nested object docxtemplater renders: `{ mandant: { name: … }, istPerson: true, … }`. */
export interface RenderData {
  readonly [key: string]: RenderValue | RenderData;
}

/** Values by placeholder key while the data is being built. */
export type FlatValues = Map<string, RenderValue>;

/** The value at a dotted placeholder key, or undefined when there is none. */
export function getRenderValue(data: RenderData, key: string): RenderValue | undefined {
  let current: RenderValue | RenderData | undefined = data;
  for (const segment of key.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as RenderData)[segment];
  }
  if (current === undefined || (typeof current === 'object' && !Array.isArray(current))) return undefined;
  return current as RenderValue;
}

/** Builds the nested object from dotted keys. */
export function nest(values: FlatValues): RenderData {
  const root: Record<string, unknown> = {};
  for (const [key, value] of values) {
    const segments = key.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const child = node[segment];
      if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
        node = child as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[segment] = created;
        node = created;
      }
    }
    node[segments[segments.length - 1] ?? key] = value;
  }
  return root as RenderData;
}

/** True when a value would print nothing. */
export const isEmptyValue = (value: RenderValue | undefined): boolean =>
  value === undefined ||
  value === false ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);
