import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../src-shared/errors/app-error';
import {
  clientKindLabels,
  clientStatuses,
  type ClientStatus,
} from '../../../src-shared/clients/client-enums';
import type { ClientDetail, ClientSummary } from '../../../src-shared/clients/client-output';
import type { ClientImportResult } from '../../../src-shared/clients/import-schemas';
import { formatGermanDate } from '../../../src-shared/rules/dates';
import type { Core } from '../../core';
import { withCore } from '../context';
import { EXIT_OK, EXIT_USER_ERROR, message, printResult, UserError, type GlobalOptions } from '../output';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

interface ImportOptions extends GlobalOptions {
  mode?: string;
  update?: boolean;
  encoding?: string;
  delimiter?: string;
}
interface SearchOptions extends GlobalOptions {
  limit?: string;
  status?: string;
}
type ClientsOptions = ImportOptions & SearchOptions;

/** The CLI acts as the office administrator (core.actor): same validation and role check, no login. */
async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invokeAs(core.actor, channel, input);
  if (!result.ok) throw AppError.fromData(result.error);
  return result.value as T;
}

function readFile(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(`Die Datei „${file}“ gibt es nicht.`, `File not found: ${file}`);
    if (code === 'EISDIR')
      throw new UserError(`„${file}“ ist ein Ordner, keine Datei.`, `Is a directory: ${file}`);
    throw new UserError(
      `Die Datei „${file}“ kann nicht gelesen werden (${code ?? 'Fehler'}).`,
      String(error),
    );
  }
}

function parseMode(value: string | undefined): 'all-or-nothing' | 'valid-only' {
  const mode = (value ?? 'valid-only').trim();
  if (mode !== 'all-or-nothing' && mode !== 'valid-only') {
    throw new UserError(`--mode: „${value}“ ist unbekannt. Erlaubt sind all-or-nothing und valid-only.`);
  }
  return mode;
}

function parseDelimiter(value: string | undefined): ';' | ',' | '\t' | undefined {
  if (value === undefined) return undefined;
  const delimiter = value === 'tab' || value === '\\t' ? '\t' : value;
  if (delimiter !== ';' && delimiter !== ',' && delimiter !== '\t') {
    throw new UserError(`--delimiter: „${value}“ ist kein Trennzeichen. Erlaubt sind ; , und tab.`);
  }
  return delimiter;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 20;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1_000) {
    throw new UserError(`--limit: „${value}“ ist keine Zahl zwischen 1 und 1000.`);
  }
  return limit;
}

function parseStatus(value: string | undefined): ClientStatus | undefined {
  if (value === undefined) return undefined;
  const status = value.trim().toLowerCase();
  if (!(clientStatuses as readonly string[]).includes(status)) {
    throw new UserError(`--status: „${value}“ ist unbekannt. Erlaubt sind ${clientStatuses.join(', ')}.`);
  }
  return status as ClientStatus;
}

function importSummary(result: ClientImportResult): string {
  const lines = [
    result.aborted
      ? `Nichts importiert: ${result.rejectedRows} Zeile(n) sind ungültig und der Modus ist „alles oder nichts“.`
      : `${result.imported} Mandanten neu angelegt, ${result.updated} aktualisiert, ${result.unchanged} unverändert, ${result.skipped} übersprungen.`,
  ];
  if (result.rejected.length > 0) {
    lines.push(`${result.rejectedRows} Zeile(n) abgelehnt:`);
    for (const r of result.rejected) lines.push(`  Zeile ${r.line}, ${r.field}: ${r.message}`);
  }
  return lines.join('\n');
}

const summaryLine = (c: ClientSummary) =>
  [
    c.clientNumber.padEnd(8),
    c.displayName.slice(0, 40).padEnd(40),
    (c.city ?? '').slice(0, 24).padEnd(24),
    c.status,
  ].join('  ');

function detailText(c: ClientDetail): string {
  const lines = [`${c.clientNumber}  ${c.displayName}  (${clientKindLabels[c.kind]}, ${c.status})`];
  lines.push(...c.letter.addressLines.map((line) => `  ${line}`));
  const add = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`${label.padEnd(17)}${value}`);
  };
  add('Briefanrede:', c.letter.greeting);
  add('Rechtsform:', c.legalFormName);
  add('Register:', c.registerFull);
  add('Geburtsdatum:', c.birthDate ? formatGermanDate(c.birthDate) : null);
  add('E-Mail:', c.email);
  add('Telefon:', c.phone);
  add('Mobil:', c.mobile);
  add('Steuer-ID:', c.steuerIdFormatted);
  add('USt-IdNr.:', c.ustIdNr);
  add('W-IdNr.:', c.wIdNr);
  for (const t of c.taxNumbers) {
    const office = t.finanzamt ? `${t.finanzamt.displayName} (${t.bufa})` : `Finanzamt ${t.bufa}`;
    add('Steuernummer:', `${t.printed} (${t.elster13}), ${t.taxTypeLabel}, ${office}`);
  }
  for (const b of c.bankAccounts) add('Bankverbindung:', [b.ibanFormatted, b.bic].filter(Boolean).join(', '));
  for (const p of c.contacts) {
    add(
      'Ansprechpartner:',
      [p.title, p.firstName, p.lastName].filter(Boolean).join(' ') + (p.role ? `, ${p.role}` : ''),
    );
  }
  add('Partner:', c.partner ? `${c.partner.displayName} (${c.partner.clientNumber})` : null);
  add('Merkmale:', c.tags.join(', '));
  return lines.join('\n');
}

export function registerClientsCommands(program: Command, run: Run<ClientsOptions>): void {
  const clients = program
    .command('clients')
    .description('Mandanten importieren, exportieren, suchen und anzeigen');

  clients
    .command('import <datei>')
    .description('Importiert Mandanten aus einer CSV-Datei (Semikolon oder Komma, UTF-8 oder Windows-1252)')
    .option('--mode <modus>', 'valid-only (gültige Zeilen übernehmen, Standard) oder all-or-nothing')
    .option('--update', 'vorhandene Mandantennummern aktualisieren statt überspringen')
    .option('--encoding <kodierung>', 'Zeichenkodierung statt automatischer Erkennung, z. B. windows-1252')
    .option('--delimiter <zeichen>', 'Trennzeichen statt automatischer Erkennung: ; , oder tab')
    .action((file: string, ...rest: unknown[]) =>
      run(async (opts) => {
        const mode = parseMode(opts.mode);
        const delimiter = parseDelimiter(opts.delimiter);
        const bytes = readFile(file);
        return withCore(opts, async (core) => {
          const taskId = randomUUID();
          const stop = opts.json
            ? () => {}
            : core.on('progress', (p) => {
                if (p.taskId === taskId && p.total > 0) message(`${p.label}: ${p.done} von ${p.total}`);
              });
          try {
            const result = await call<ClientImportResult>(core, 'clients:import-run', {
              bytes,
              fileName: path.basename(file),
              mode,
              updateExisting: opts.update === true,
              taskId,
              ...(opts.encoding ? { encoding: opts.encoding } : {}),
              ...(delimiter ? { delimiter } : {}),
            });
            printResult(opts, result, () => importSummary(result));
            return result.aborted ? EXIT_USER_ERROR : EXIT_OK;
          } finally {
            stop();
          }
        });
      })(...rest),
    );

  clients
    .command('export <datei>')
    .description('Schreibt alle Mandanten als CSV (Semikolon, UTF-8 mit BOM, für Excel)')
    .option('--status <status>', `nur Mandanten mit diesem Status: ${clientStatuses.join(', ')}`)
    .action((file: string, ...rest: unknown[]) =>
      run(async (opts) => {
        const status = parseStatus(opts.status);
        return withCore(opts, async (core) => {
          const exported = await call<{ fileName: string; bytes: Uint8Array; count: number }>(
            core,
            'clients:export-csv',
            {
              ...(status ? { filter: { status } } : {}),
            },
          );
          try {
            fs.writeFileSync(file, exported.bytes);
          } catch (error) {
            throw new UserError(`Die Datei „${file}“ kann nicht geschrieben werden.`, String(error));
          }
          const result = { file: path.resolve(file), count: exported.count };
          printResult(opts, result, () => `${result.count} Mandanten nach ${result.file} exportiert.`);
        });
      })(...rest),
    );

  clients
    .command('search <suche>')
    .description(
      'Sucht Mandanten nach Name, Nummer, Ort, E-Mail, Steuernummer, Steuer-ID, USt-IdNr. oder IBAN',
    )
    .option('--limit <n>', 'höchstens so viele Treffer zeigen (Standard 20)')
    .option('--status <status>', `nur Mandanten mit diesem Status: ${clientStatuses.join(', ')}`)
    .action((query: string, ...rest: unknown[]) =>
      run(async (opts) => {
        const limit = parseLimit(opts.limit);
        const status = parseStatus(opts.status);
        return withCore(opts, async (core) => {
          const result = await call<{ items: ClientSummary[]; total: number }>(core, 'clients:list', {
            query,
            sortBy: 'displayName',
            limit,
            ...(status ? { status } : {}),
          });
          printResult(opts, result, () =>
            result.total === 0
              ? `Keine Mandanten gefunden für „${query}“.`
              : [
                  ...result.items.map(summaryLine),
                  result.total > result.items.length
                    ? `${result.items.length} von ${result.total} Treffern (mehr mit --limit).`
                    : `${result.total} Treffer.`,
                ].join('\n'),
          );
        });
      })(...rest),
    );

  clients
    .command('show <mandantennummer>')
    .description(
      'Zeigt alles zu einem Mandanten: Anschrift, Steuernummern mit Finanzamt, Konten, Ansprechpartner',
    )
    .action((clientNumber: string, ...rest: unknown[]) =>
      run(async (opts) =>
        withCore(opts, async (core) => {
          const found = await call<{ items: ClientSummary[] }>(core, 'clients:list', {
            query: clientNumber,
            limit: 1_000,
          });
          const match = found.items.find((item) => item.clientNumber === clientNumber.trim());
          if (!match) throw new UserError(`Einen Mandanten mit der Nummer „${clientNumber}“ gibt es nicht.`);
          const detail = await call<ClientDetail>(core, 'clients:get', { id: match.id });
          printResult(opts, detail, () => detailText(detail));
        }),
      )(...rest),
    );
}
