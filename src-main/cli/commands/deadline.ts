import type { Command } from 'commander';
import {
  einspruchsfrist,
  filingDeadline,
  formatDateWithWeekdayDe,
  ustVaDeadline,
  type DeadlineResult,
  type DeadlineStep,
} from '../../../src-shared/rules/deadlines';
import { printResult, UserError, type GlobalOptions } from '../output';
import { parseDateOption, parseLandOption, parseYearOption, requireOption } from '../parse-options';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

const engine = <T>(result: DeadlineResult<T>): T => {
  if (!result.ok) throw new UserError(result.error.message, `Deadline engine refused: ${result.error.code}`);
  return result.value;
};

const stepsText = (steps: readonly DeadlineStep[]) =>
  steps.map((s, i) => `  ${i + 1}. ${s.explanation} [${s.legalBasis}]`).join('\n');

interface EinspruchOptions extends GlobalOptions {
  date?: string;
  land?: string;
  recipientLand?: string;
  ohneRechtsbehelfsbelehrung?: boolean;
}
interface FilingOptions extends GlobalOptions {
  year?: string;
  advised?: boolean;
  notAdvised?: boolean;
  land?: string;
}
interface UstvaOptions extends GlobalOptions {
  period?: string;
  land?: string;
  dauerfrist?: boolean;
}

/** rsk deadline …: the deadline engine on the command line; needs no database. */
export function registerDeadlineCommands(
  program: Command,
  run: Run<EinspruchOptions & FilingOptions & UstvaOptions>,
): void {
  const deadline = program
    .command('deadline')
    .description('Fristen berechnen (mit Rechtsgrundlage je Schritt)');

  deadline
    .command('einspruch')
    .description('Einspruchsfrist (§§ 355, 356 AO) ab dem Bescheiddatum')
    .option('--date <datum>', 'Bescheiddatum (Tag der Aufgabe zur Post), JJJJ-MM-TT')
    .option('--land <land>', 'Bundesland des Finanzamts, z. B. NW')
    .option('--recipient-land <land>', 'Bundesland des Empfängers, falls abweichend')
    .option('--ohne-rechtsbehelfsbelehrung', 'Rechtsbehelfsbelehrung fehlt oder ist unrichtig (Jahresfrist)')
    .action(
      run(async (opts) => {
        const value = engine(
          einspruchsfrist({
            bescheidDate: parseDateOption(opts.date, '--date'),
            finanzamtLand: parseLandOption(opts.land, '--land'),
            recipientLand:
              opts.recipientLand === undefined
                ? undefined
                : parseLandOption(opts.recipientLand, '--recipient-land'),
            mitRechtsbehelfsbelehrung: !opts.ohneRechtsbehelfsbelehrung,
          }),
        );
        const result = { bekanntgabe: value.bekanntgabe, fristende: value.fristende, steps: value.steps };
        printResult(opts, result, () =>
          [
            `Bekanntgabe: ${formatDateWithWeekdayDe(value.bekanntgabe)}`,
            `Fristende:   ${formatDateWithWeekdayDe(value.fristende)}`,
            'Begründung:',
            stepsText(value.steps),
          ].join('\n'),
        );
      }),
    );

  deadline
    .command('filing')
    .description('Abgabefrist der Jahreserklärung (§ 149 AO, Übergangsregeln Art. 97 § 36 EGAO)')
    .option('--year <jahr>', 'Besteuerungszeitraum, z. B. 2025')
    .option('--advised', 'von einem Steuerberater erstellt (§ 149 Abs. 3 AO)')
    .option('--not-advised', 'ohne steuerliche Beratung (§ 149 Abs. 2 AO)')
    .option('--land <land>', 'Bundesland des Finanzamts, z. B. NW')
    .action(
      run(async (opts) => {
        if (Boolean(opts.advised) === Boolean(opts.notAdvised)) {
          throw new UserError('Bitte geben Sie genau eine der Optionen --advised oder --not-advised an.');
        }
        const value = engine(
          filingDeadline({
            taxYear: parseYearOption(opts.year, '--year'),
            advised: Boolean(opts.advised),
            land: parseLandOption(opts.land, '--land'),
          }),
        );
        printResult(opts, { fristende: value.fristende, steps: value.steps }, () =>
          [
            `Fristende: ${formatDateWithWeekdayDe(value.fristende)}`,
            'Begründung:',
            stepsText(value.steps),
          ].join('\n'),
        );
      }),
    );

  deadline
    .command('ustva')
    .description('Frist der Umsatzsteuer-Voranmeldung (§ 18 UStG, §§ 46–48 UStDV)')
    .option('--period <zeitraum>', 'Voranmeldungszeitraum JJJJ-MM oder JJJJ-Qn')
    .option('--land <land>', 'Bundesland des Finanzamts, z. B. NW')
    .option('--dauerfrist', 'mit Dauerfristverlängerung')
    .action(
      run(async (opts) => {
        const value = engine(
          ustVaDeadline({
            period: requireOption(opts.period, '--period', '2026-12'),
            land: parseLandOption(opts.land, '--land'),
            dauerfristverlaengerung: Boolean(opts.dauerfrist),
          }),
        );
        printResult(opts, { fristende: value.fristende, steps: value.steps }, () =>
          [
            `Fristende: ${formatDateWithWeekdayDe(value.fristende)}`,
            'Begründung:',
            stepsText(value.steps),
          ].join('\n'),
        );
      }),
    );
}
