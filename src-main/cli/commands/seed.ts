import type { Command } from 'commander';
import { seedDemo } from '../../core/services/seed/demo-seed';
import { seedSyntheticClients } from '../../core/services/seed/synthetic-clients';
import { withCore } from '../context';
import { printResult, UserError, type GlobalOptions } from '../output';

export function registerSeedCommand(
  program: Command,
  run: (
    fn: (opts: GlobalOptions & { demo?: boolean; clients?: string }) => Promise<number | void>,
  ) => (...args: unknown[]) => Promise<void>,
): void {
  program
    .command('seed')
    .description('Füllt die Datenbank mit Beispieldaten')
    .option('--demo', 'eine kleine Beispielkanzlei mit Beratern und etwa 30 Mandanten')
    .option('--clients <anzahl>', 'so viele erfundene Mandanten mit gültigen Kennungen (für Messungen)')
    .action(
      run(async (opts) => {
        if (opts.clients !== undefined) {
          const count = Number(opts.clients);
          if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
            throw new UserError(`--clients: „${opts.clients}“ ist keine Anzahl zwischen 1 und 1.000.000.`);
          }
          return withCore(opts, (core) => {
            const result = seedSyntheticClients(core.deps, core.actor, count);
            printResult(
              opts,
              result,
              () => `${result.created} Mandanten angelegt (${result.first} bis ${result.last}).`,
            );
          });
        }
        if (!opts.demo) {
          throw new UserError(
            'Bitte geben Sie an, was angelegt werden soll, z. B. --demo oder --clients 1000.',
          );
        }
        return withCore(opts, async (core) => {
          const result = await seedDemo(core.deps, core.actor);
          printResult(opts, result, () => {
            if (!result.seeded) return 'Die Beispielkanzlei ist bereits angelegt; nichts geändert.';
            const lines = [
              `Beispielkanzlei angelegt: ${result.berater} Berater, ${result.clients} Mandanten, ${result.orders} Aufträge.`,
            ];
            if (result.logins.length > 0) {
              lines.push(
                `Anmeldung (nur zur Demonstration) mit dem Passwort „${result.password}“ als: ` +
                  result.logins.map((l) => `${l.username} (${l.role})`).join(', '),
              );
            }
            return lines.join('\n');
          });
        });
      }),
    );
}
