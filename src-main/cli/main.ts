import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/version';
import { registerAnalyzeCommand } from './commands/analyze';
import { registerClientsCommands } from './commands/clients';
import { registerDbCommands } from './commands/db';
import { registerDocumentsCommands } from './commands/documents';
import { registerDeadlineCommands } from './commands/deadline';
import { registerOrdersCommands } from './commands/orders';
import { registerGenerateCommand } from './commands/generate';
import { registerSeedCommand } from './commands/seed';
import { registerTemplatesCommands } from './commands/templates';
import { germanCommanderMessage } from './commander-de';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USER_ERROR, message, reportError, type GlobalOptions } from './output';

/** rsk: the office's command line over the same core as the desktop app. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('rsk')
    .description('RechtsUndSteuerKI – Kommandozeile')
    .version(APP_VERSION, '-v, --version', 'zeigt die Version')
    .option('--data-dir <dir>', 'Datenverzeichnis (Standard: das der App, oder RSK_DATA_DIR)')
    .option('--json', 'Ausgabe als JSON')
    .helpOption('-h, --help', 'zeigt diese Hilfe')
    .showHelpAfterError('(Hilfe mit --help)')
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(germanCommanderMessage(text)),
    });

  const run =
    <O extends GlobalOptions>(fn: (opts: O) => Promise<number | void>) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      const opts = command.optsWithGlobals<O>();
      try {
        setExitCode((await fn(opts)) ?? EXIT_OK);
      } catch (error) {
        setExitCode(reportError(opts, error));
      }
    };
  registerDbCommands(program, run);
  registerClientsCommands(program, run);
  registerSeedCommand(program, run);
  registerOrdersCommands(program, run);
  registerDeadlineCommands(program, run);
  registerTemplatesCommands(program, run);
  registerGenerateCommand(program, run);
  registerAnalyzeCommand(program, run);
  registerDocumentsCommands(program, run);
  return program;
}

async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USER_ERROR;
    }
    message(`Interner Fehler: ${(error as Error).message}`);
    return EXIT_INTERNAL;
  }
  return code;
}

process.exitCode = await main(process.argv);
