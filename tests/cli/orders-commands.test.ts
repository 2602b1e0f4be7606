import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrderSummary, RecurringResult } from '../../src-shared/ipc';
import { rsk } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

describe('rsk orders', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const tempDir = () => {
    const { dir, cleanup } = makeTempDir('rsk-cli-');
    cleanups.push(cleanup);
    return dir;
  };

  /** A database with three USt-VA clients written directly, as an import would. */
  function officeWithClients(): string {
    const dir = tempDir();
    expect(rsk(['db', 'init', '--data-dir', dir]).code).toBe(0);
    const db = new Database(path.join(dir, 'rsk.sqlite'));
    const insert = db.prepare(
      `INSERT INTO clients (client_number, kind, company_name, display_name, finanzamt_land, ustva_rhythm,
         dauerfristverlaengerung, created_at, updated_at)
       VALUES (?, 'company', ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    );
    insert.run('T1', 'Monatlich GmbH', 'Monatlich GmbH', 'NW', 'monatlich', 0);
    insert.run('T2', 'Dauerfrist GmbH', 'Dauerfrist GmbH', 'BY', 'monatlich', 1);
    insert.run('T3', 'Quartal KG', 'Quartal KG', 'HE', 'vierteljaehrlich', 0);
    db.close();
    return dir;
  }

  it('generates the recurring orders of a period once, and lists them by Frist', () => {
    const dir = officeWithClients();
    const first = rsk(['orders', 'generate-recurring', '--period', '2026-12', '--data-dir', dir, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json<RecurringResult>()).toMatchObject({
      period: '2026-12',
      created: 3,
      skipped: 0,
      errors: [],
    });

    const again = rsk(['orders', 'generate-recurring', '--period', '2026-12', '--data-dir', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Zeitraum 2026-12: 0 Aufträge angelegt, 3 bereits vorhanden.');

    const list = rsk(['orders', 'list', '--status', 'offen', '--data-dir', dir, '--json']);
    expect(list.code, list.stderr).toBe(0);
    const { items, total } = list.json<{ items: OrderSummary[]; total: number }>();
    expect(total).toBe(3);
    expect(items.map((o) => [o.clientName, o.period, o.dueDate])).toEqual([
      ['Monatlich GmbH', '2026-12', '2027-01-11'],
      ['Quartal KG', '2026-Q4', '2027-01-11'],
      ['Dauerfrist GmbH', '2026-12', '2027-02-10'],
    ]);

    const before = rsk(['orders', 'list', '--due-before', '2027-01-12', '--data-dir', dir, '--json']);
    expect(before.json<{ total: number }>().total).toBe(2);
    const none = rsk([
      'orders',
      'list',
      '--due-before',
      '2027-01-11',
      '--status',
      'offen,in_bearbeitung',
      '--data-dir',
      dir,
      '--json',
    ]);
    expect(none.json<{ total: number }>().total).toBe(0);
    const human = rsk(['orders', 'list', '--data-dir', dir]);
    expect(human.stdout).toContain('11.01.2027');
    expect(human.stdout).toContain('Umsatzsteuer-Voranmeldung Dezember 2026');

    // The CLI acts as the office administrator and is named in the audit log.
    const db = new Database(path.join(dir, 'rsk.sqlite'), { readonly: true });
    const actors = db
      .prepare("SELECT DISTINCT actor_name AS n FROM audit_log WHERE action LIKE 'order.%'")
      .all();
    db.close();
    expect(actors).toEqual([{ n: 'Administrator' }]);
  });

  it('exits 1 with a German message for bad input', () => {
    const dir = officeWithClients();
    for (const [args, text] of [
      [['orders', 'generate-recurring', '--period', '2026-13'], 'Zeitraum wie 2026-12'],
      [['orders', 'generate-recurring'], 'Bitte geben Sie --period an'],
      [['orders', 'generate-recurring', '--period', '1999'], 'zu weit in der Vergangenheit'],
      [['orders', 'list', '--status', 'fertig'], 'unbekannter Status „fertig“'],
      [['orders', 'list', '--due-before', '2027-02-30'], 'kein gültiges Datum'],
    ] as const) {
      const run = rsk([...args, '--data-dir', dir]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(text);
    }
  });

  it('shows the demo office after seed --demo', () => {
    const dir = tempDir();
    const seed = rsk(['seed', '--demo', '--data-dir', dir]);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stdout).toContain('Anmeldung (nur zur Demonstration)');
    const list = rsk(['orders', 'list', '--data-dir', dir, '--json']);
    const { items } = list.json<{ items: OrderSummary[] }>();
    expect(items.some((o) => o.overdue)).toBe(true);
    expect(new Set(items.map((o) => o.status)).size).toBeGreaterThanOrEqual(6);
  });
});
