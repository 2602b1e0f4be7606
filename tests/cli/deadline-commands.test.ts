import { describe, expect, it } from 'vitest';
import { rskAsync as rsk } from '../helpers/cli';

interface Step {
  code: string;
  legalBasis: string;
  explanation: string;
  date: string;
}

// Vectors from the domain notes, german-tax-law.md §§ 5.5–5.7.
describe.concurrent('rsk deadline', () => {
  it.each([
    { date: '2025-03-03', land: 'NI', bekanntgabe: '2025-03-07', fristende: '2025-04-07' },
    { date: '2025-01-27', land: 'NI', bekanntgabe: '2025-01-31', fristende: '2025-02-28' },
    { date: '2025-12-22', land: 'BY', bekanntgabe: '2025-12-29', fristende: '2026-01-29' },
    { date: '2025-05-15', land: 'NW', bekanntgabe: '2025-05-19', fristende: '2025-06-20' },
    { date: '2024-12-30', land: 'NI', bekanntgabe: '2025-01-02', fristende: '2025-02-03' },
    { date: '2027-02-04', land: 'BE', bekanntgabe: '2027-02-08', fristende: '2027-03-09' },
  ])('einspruch $date $land → $fristende', async ({ date, land, bekanntgabe, fristende }) => {
    const run = await rsk(['deadline', 'einspruch', '--date', date, '--land', land, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = run.json<{ bekanntgabe: string; fristende: string; steps: Step[] }>();
    expect(Object.keys(result)).toEqual(['bekanntgabe', 'fristende', 'steps']);
    expect(result).toMatchObject({ bekanntgabe, fristende });
    expect(result.steps.length).toBeGreaterThanOrEqual(3);
    for (const step of result.steps) expect(step.legalBasis).toMatch(/§|Art\./);
  });

  it('einspruch with the recipient in another Land and without Rechtsbehelfsbelehrung', async () => {
    const mixed = await rsk([
      'deadline',
      'einspruch',
      '--date',
      '2025-05-15',
      '--land',
      'nw',
      '--recipient-land',
      'NI',
      '--json',
    ]);
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.json()).toMatchObject({ bekanntgabe: '2025-05-19', fristende: '2025-06-20' });

    const year = await rsk([
      'deadline',
      'einspruch',
      '--date',
      '2025-03-03',
      '--land',
      'NI',
      '--ohne-rechtsbehelfsbelehrung',
      '--json',
    ]);
    expect(year.code, year.stderr).toBe(0);
    const result = year.json<{ fristende: string; steps: Step[] }>();
    expect(result.fristende).toBe('2026-03-09');
    expect(result.steps.map((s) => s.legalBasis).join(' ')).toContain('§ 356 Abs. 2');

    const human = await rsk(['deadline', 'einspruch', '--date', '2025-03-03', '--land', 'NI']);
    expect(human.stdout).toContain('Fristende:   Montag, 07.04.2025');
  });

  it.each([
    { year: '2025', flag: '--advised', land: 'NW', fristende: '2027-03-01' },
    { year: '2025', flag: '--not-advised', land: 'NW', fristende: '2026-07-31' },
    { year: '2026', flag: '--not-advised', land: 'BY', fristende: '2027-08-02' },
    { year: '2026', flag: '--advised', land: 'BY', fristende: '2028-02-29' },
    { year: '2023', flag: '--advised', land: 'NI', fristende: '2025-06-02' },
    { year: '2022', flag: '--not-advised', land: 'NI', fristende: '2023-10-02' },
    { year: '2024', flag: '--advised', land: 'HE', fristende: '2026-04-30' },
  ])('filing $year $flag $land → $fristende', async ({ year, flag, land, fristende }) => {
    const run = await rsk(['deadline', 'filing', '--year', year, flag, '--land', land, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = run.json<{ fristende: string; steps: Step[] }>();
    expect(result.fristende).toBe(fristende);
    expect(result.steps.length).toBeGreaterThan(0);
  });

  it.each([
    { period: '2026-01', dauerfrist: false, fristende: '2026-02-10' },
    { period: '2026-01', dauerfrist: true, fristende: '2026-03-10' },
    { period: '2026-08', dauerfrist: true, fristende: '2026-10-12' },
    { period: '2026-Q1', dauerfrist: true, fristende: '2026-05-11' },
    { period: '2026-12', dauerfrist: false, fristende: '2027-01-11' },
    { period: '2026-Q4', dauerfrist: true, fristende: '2027-02-10' },
  ])('ustva $period dauerfrist=$dauerfrist → $fristende', async ({ period, dauerfrist, fristende }) => {
    const run = await rsk([
      'deadline',
      'ustva',
      '--period',
      period,
      '--land',
      'NI',
      ...(dauerfrist ? ['--dauerfrist'] : []),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json<{ fristende: string }>().fristende).toBe(fristende);
  });

  it.each([
    [['einspruch', '--date', '2025-02-30', '--land', 'NI'], 'kein gültiges Datum'],
    [['einspruch', '--date', '03.03.2025', '--land', 'NI'], 'JJJJ-MM-TT'],
    [['einspruch', '--date', '2025-03-03', '--land', 'XX'], 'unbekanntes Bundesland „XX“'],
    [['einspruch', '--date', '2025-03-03'], 'Bitte geben Sie --land'],
    [['einspruch', '--date', '1850-03-03', '--land', 'NI'], 'außerhalb des unterstützten Zeitraums'],
    [['filing', '--year', '2025', '--land', 'NW'], 'genau eine der Optionen --advised oder --not-advised'],
    [['filing', '--year', '2025', '--advised', '--not-advised', '--land', 'NW'], 'genau eine der Optionen'],
    [['filing', '--year', '20x5', '--advised', '--land', 'NW'], 'keine Jahreszahl'],
    [['filing', '--year', '1900', '--advised', '--land', 'NW'], 'außerhalb des unterstützten Zeitraums'],
    [['ustva', '--period', '2026-13', '--land', 'NW'], 'Ungültiger Monat'],
    [['ustva', '--period', '2026', '--land', 'NW'], 'Monat oder ein Quartal'],
    [['ustva', '--land', 'NW'], 'Bitte geben Sie --period an'],
    [['ustva', '--period', '2026-01', '--land', 'NW', '--bogus'], 'unbekannte Option --bogus'],
  ])('bad input %j exits 1 with a German message', async (args, text) => {
    const run = await rsk(['deadline', ...args, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(text);
  });
});
