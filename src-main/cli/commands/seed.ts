import type { Command } from 'commander';
import { seedDemo } from '../../core/services/seed/demo-seed';
import { withCore } from '../context';
import { printResult, UserError, type GlobalOptions } from '../output';

export function registerSeedCommand(
  program: Command,
  run: (
    fn: (opts: GlobalOptions & { demo?: boolean }) => Promise<number | void>,
  ) => (...args: unknown[]) => Promise<void>,
): void {
  program
    .command('seed')
    .description('Füllt die Datenbank mit Beispieldaten')
    .option('--demo', 'eine kleine Beispielkanzlei mit Beratern und etwa 30 Mandanten')
    .action(
      run(async (opts) => {
        if (!opts.demo) throw new UserError('Bitte geben Sie an, was angelegt werden soll, z. B. --demo.');
        return withCore(opts, (core) => {
          const result = seedDemo(core.deps, core.actor);
          printResult(opts, result, () =>
            result.seeded
              ? `Beispielkanzlei angelegt: ${result.berater} Berater, ${result.clients} Mandanten.`
              : 'Die Beispielkanzlei ist bereits angelegt; nichts geändert.',
          );
        });
      }),
    );
}
