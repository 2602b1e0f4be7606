import type { Command } from 'commander';
import { AppError } from '../../../src-shared/errors/app-error';
import type { OrderSummary, RecurringResult } from '../../../src-shared/ipc/contracts/orders';
import {
  orderStatuses,
  orderStatusLabels,
  type OrderStatus,
} from '../../../src-shared/orders/order-workflow';
import { addDays, formatDateDe } from '../../../src-shared/rules/deadlines';
import type { Core } from '../../core';
import { withCore } from '../context';
import { EXIT_OK, EXIT_USER_ERROR, message, printResult, UserError, type GlobalOptions } from '../output';
import { collectList, parseDateOption, requireOption } from '../parse-options';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

interface ListOptions extends GlobalOptions {
  dueBefore?: string;
  status?: string[];
}
interface GenerateOptions extends GlobalOptions {
  period?: string;
}

/** The CLI acts as the office administrator (core.actor): same validation and role check, no login. */
async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invokeAs(core.actor, channel, input);
  if (!result.ok) throw AppError.fromData(result.error);
  return result.value as T;
}

function parseStatuses(values: string[] | undefined): OrderStatus[] | undefined {
  if (!values || values.length === 0) return undefined;
  return values.map((value) => {
    const code = value.trim().toLowerCase();
    if (!(orderStatuses as readonly string[]).includes(code)) {
      throw new UserError(
        `--status: unbekannter Status „${value}“. Erlaubt sind: ${orderStatuses.join(', ')}.`,
      );
    }
    return code as OrderStatus;
  });
}

const PAGE = 1_000;

const orderLine = (o: OrderSummary) =>
  [
    (o.dueDate ? formatDateDe(o.dueDate) : '—').padEnd(10),
    (o.overdue ? '!' : ' ') + orderStatusLabels[o.status].padEnd(19),
    o.clientName.slice(0, 32).padEnd(32),
    o.title,
  ].join('  ');

export function registerOrdersCommands(program: Command, run: Run<ListOptions & GenerateOptions>): void {
  const orders = program.command('orders').description('Arbeitsaufträge anzeigen und wiederkehrende anlegen');

  orders
    .command('list')
    .description('Listet Aufträge, sortiert nach Frist')
    .option('--due-before <datum>', 'nur Aufträge mit Frist vor diesem Tag (JJJJ-MM-TT)')
    .option('--status <status>', `Status (mehrfach oder mit Komma): ${orderStatuses.join(', ')}`, collectList)
    .action(
      run(async (opts) => {
        const status = parseStatuses(opts.status);
        const dueTo =
          opts.dueBefore === undefined
            ? undefined
            : addDays(parseDateOption(opts.dueBefore, '--due-before'), -1);
        return withCore(opts, async (core) => {
          const items: OrderSummary[] = [];
          let total: number;
          do {
            const page = await call<{ items: OrderSummary[]; total: number }>(core, 'orders:list', {
              ...(status ? { status } : {}),
              ...(dueTo ? { dueTo } : {}),
              offset: items.length,
              limit: PAGE,
            });
            items.push(...page.items);
            total = page.total;
            if (page.items.length === 0) break;
          } while (items.length < total);
          printResult(opts, { items, total }, () =>
            items.length === 0 ? 'Keine Aufträge gefunden.' : items.map(orderLine).join('\n'),
          );
        });
      }),
    );

  orders
    .command('generate-recurring')
    .description(
      'Legt die wiederkehrenden Aufträge eines Zeitraums an (mehrfach aufrufbar, legt nichts doppelt an)',
    )
    .option(
      '--period <zeitraum>',
      'JJJJ-MM (monatliche USt-VA, am Quartalsende auch die vierteljährlichen), JJJJ-Qn oder JJJJ (Jahreserklärungen)',
    )
    .action(
      run(async (opts) => {
        const period = requireOption(opts.period, '--period', '2026-12');
        return withCore(opts, async (core) => {
          const result = await call<RecurringResult>(core, 'orders:generate-recurring', { period });
          printResult(
            opts,
            result,
            () =>
              `Zeitraum ${result.period}: ${result.created} ${result.created === 1 ? 'Auftrag' : 'Aufträge'} angelegt, ` +
              `${result.skipped} bereits vorhanden.`,
          );
          for (const error of result.errors)
            message(`Nicht angelegt für ${error.clientName}: ${error.message}`);
          return result.errors.length > 0 ? EXIT_USER_ERROR : EXIT_OK;
        });
      }),
    );
}
