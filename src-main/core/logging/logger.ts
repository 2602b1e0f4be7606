import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger, type LevelWithSilent } from 'pino';
import pinoRoll from 'pino-roll';

export type { Logger };

export interface LoggerOptions {
  logDir: string;
  level?: LevelWithSilent;
  /** Days of log files to keep. */
  retentionDays?: number;
}

/**
 * Structured JSON logs, one file per day, old files removed after the retention period.
 * pino-roll is used as a plain destination stream (no transport worker), which keeps it
 * working inside the packaged app's asar. Never log client data at info level.
 */
export async function createFileLogger(
  opts: LoggerOptions,
): Promise<{ logger: Logger; close: () => Promise<void> }> {
  const level = opts.level ?? 'info';
  if (level === 'silent') return { logger: pino({ level }), close: async () => {} };
  fs.mkdirSync(opts.logDir, { recursive: true });
  const stream = await pinoRoll({
    file: path.join(opts.logDir, 'rsk'),
    extension: '.log',
    frequency: 'daily',
    dateFormat: 'yyyy-MM-dd',
    mkdir: true,
    limit: { count: opts.retentionDays ?? 30 },
  });
  const logger = pino(
    { level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime, redact: ['*.password'] },
    stream,
  );
  const close = () =>
    new Promise<void>((resolve) => {
      stream.flush?.();
      stream.end();
      stream.once('close', () => resolve());
      setTimeout(resolve, 500).unref();
    });
  return { logger, close };
}
