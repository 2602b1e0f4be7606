import path from 'node:path';
import { expect } from 'vitest';
import type { Core } from '../../src-main/core';
import type { AppErrorData } from '../../src-shared/errors/app-error';
import { expectOk } from './core';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
/** The shared sample export: 64 clients, Windows-1252, semicolons, CRLF. */
export const sampleClientsCsv = path.resolve(repoRoot, '..', 'shared', 'samples', 'clients.csv');

/** Calls a channel as the logged-in window does and returns the value (throws on an error). */
export async function call<T = unknown>(core: Core, channel: string, input: unknown = {}): Promise<T> {
  return expectOk(await core.invoke(channel, input)) as T;
}

/** Calls a channel that must fail and returns the typed error. */
export async function callFails(core: Core, channel: string, input: unknown): Promise<AppErrorData> {
  const result = await core.invoke(channel, input);
  expect(result.ok, `${channel} should have failed`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

export const encode = (text: string) => new TextEncoder().encode(text);

/** Valid identifiers from the domain notes' test vectors. */
export const ids = {
  /** Bayern, Finanzamt München (9181). */
  steuernummerBy: '181/815/08155',
  steuernummerBy13: '9181081508155',
  steuerId: '86095742719',
  steuerId2: '47036892816',
  ustIdNr: 'DE136695976',
  iban: 'DE89370400440532013000',
  iban2: 'DE02120300000000202051',
} as const;
