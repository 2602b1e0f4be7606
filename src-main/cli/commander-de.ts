/** commander's own parse errors in German; anything unrecognised passes through unchanged. */
const patterns: [RegExp, (...groups: string[]) => string][] = [
  [/error: unknown option '([^']+)'/, (o) => `Fehler: unbekannte Option ${o}.`],
  [/error: unknown command '([^']+)'/, (c) => `Fehler: unbekannter Befehl „${c}“.`],
  [/error: option '([^']+)' argument missing/, (o) => `Fehler: bei der Option ${o} fehlt der Wert.`],
  [/error: required option '([^']+)' not specified/, (o) => `Fehler: die Option ${o} ist erforderlich.`],
  [/error: missing required argument '([^']+)'/, (a) => `Fehler: das Argument ${a} fehlt.`],
  [/error: too many arguments(?: for '([^']+)')?/, () => 'Fehler: zu viele Argumente.'],
];

export function germanCommanderMessage(text: string): string {
  for (const [pattern, translate] of patterns) {
    const match = pattern.exec(text);
    if (match) return `${translate(...match.slice(1).map((g) => g ?? ''))}\n`;
  }
  return text;
}
