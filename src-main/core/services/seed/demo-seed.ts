import { eq } from 'drizzle-orm';
import { addDays, type TaxPeriod } from '../../../../src-shared/rules/deadlines';
import { todayIso } from '../../clock';
import { berater, settings, users } from '../../db/schema';
import { hashPassword } from '../auth/password';
import { nextClientNumber } from '../clients/client-number';
import type { Actor, ServiceDeps } from '../deps';
import { mutate, type MutationScope } from '../mutation';
import { findOffice, insertOffice } from '../office/office-service';
import { findOrderTypeByCode } from '../order-types/order-types-service';
import { manualDue } from '../orders/order-deadline';
import { applyTransition, defaultTitle, insertOrder, loadOrderRow, ruleDue } from '../orders/orders-service';
import { generateInScope } from '../orders/recurring-orders';
import { userAuditView } from '../users/user-rows';
import { firstAdmin } from '../users/users-service';
import { insertDemoClient } from './demo-clients';
import {
  DEMO_PASSWORD,
  demoBerater,
  demoClients,
  demoOffice,
  demoOrders,
  demoUsers,
  type DemoOrder,
} from './demo-data';

const SEED_FLAG = 'seed.demo';

export interface SeedResult {
  seeded: boolean;
  berater: number;
  clients: number;
  orders: number;
  /** True when the demo also set up the Kanzlei (only in a database where nobody had done so). */
  office: boolean;
  /** Demo logins, present when the seed set up the Kanzlei and its users. */
  logins: { username: string; role: string }[];
  password: string | null;
}

const previousMonth = (today: string): TaxPeriod => {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1
    ? { kind: 'month', year: year - 1, month: 12 }
    : { kind: 'month', year, month: month - 1 };
};

/** Moves an order along the given statuses, writing history and audit as a user would. */
function walk(scope: MutationScope, orderId: number, path: NonNullable<DemoOrder['path']>): void {
  for (const to of path) applyTransition(scope, loadOrderRow(scope.tx, orderId), to, null);
}

/**
 * Fills an office with demo data once; a second run finds the flag and changes nothing. In a fresh
 * database (no Kanzlei yet) it also sets up the demo Kanzlei and demo logins, so screenshots and
 * trials show a complete app; an office that is already set up keeps its data and its passwords.
 */
export async function seedDemo(deps: ServiceDeps, actor: Actor): Promise<SeedResult> {
  const done = () => deps.db.select().from(settings).where(eq(settings.key, SEED_FLAG)).get();
  const nothing: SeedResult = {
    seeded: false,
    berater: 0,
    clients: 0,
    orders: 0,
    office: false,
    logins: [],
    password: null,
  };
  if (done()) return nothing;
  const withOffice = findOffice(deps.db) === undefined;
  const hashes = withOffice
    ? await Promise.all([undefined, ...demoUsers].map(() => hashPassword(DEMO_PASSWORD)))
    : [];
  const today = todayIso(deps.clock);

  return mutate(deps, actor, (scope) => {
    const { tx, now, audit } = scope;
    if (done()) return nothing;
    const beraterIds = demoBerater.map((b) => {
      const row = tx
        .insert(berater)
        .values({ ...b, createdAt: now, updatedAt: now })
        .returning()
        .get();
      audit({ action: 'berater.create', entityType: 'berater', entityId: row.id, after: row });
      return row.id;
    });

    const logins: SeedResult['logins'] = [];
    const userIds = new Map<string, number>();
    if (withOffice) {
      const officeRow = insertOffice(tx, demoOffice, now);
      audit({ action: 'office.create', entityType: 'office', entityId: officeRow.id, after: officeRow });
      const admin = firstAdmin(tx);
      if (admin && admin.passwordHash === null) {
        const after = tx
          .update(users)
          .set({
            passwordHash: hashes[0],
            passwordChangedAt: now,
            updatedAt: now,
            version: admin.version + 1,
          })
          .where(eq(users.id, admin.id))
          .returning()
          .get();
        audit({
          action: 'user.update',
          entityType: 'user',
          entityId: admin.id,
          before: userAuditView(admin),
          after: userAuditView(after),
        });
        logins.push({ username: admin.username, role: admin.role });
      }
      demoUsers.forEach((u, i) => {
        if (tx.select({ id: users.id }).from(users).where(eq(users.username, u.username)).get()) return;
        const row = tx
          .insert(users)
          .values({
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            passwordHash: hashes[i + 1],
            passwordChangedAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning()
          .get();
        audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: userAuditView(row) });
        if (u.berater !== undefined)
          tx.update(berater)
            .set({ userId: row.id })
            .where(eq(berater.id, beraterIds[u.berater] ?? -1))
            .run();
        userIds.set(u.username, row.id);
        logins.push({ username: u.username, role: u.role });
      });
    }

    // Numbered from one lookup: the rows are written in one go, before any index could see them.
    const firstNumber = nextClientNumber(tx);
    const clientRows = demoClients.map((c, i) => {
      const number = String(Number(firstNumber) + i).padStart(firstNumber.length, '0');
      const row = insertDemoClient(deps, tx, c, i, number, beraterIds[c.berater] ?? null, now);
      audit({ action: 'client.create', entityType: 'client', entityId: row.id, after: row });
      return row;
    });

    // Last month's USt-VA are mostly done; one is left overdue, as happens in every office.
    const lastMonth = generateInScope(scope, previousMonth(today));
    let leftOverdue = false;
    for (const id of lastMonth.createdOrderIds) {
      const row = loadOrderRow(tx, id);
      if (row.dueDate !== null && row.dueDate < today) {
        walk(scope, id, leftOverdue ? ['in_bearbeitung', 'zur_pruefung', 'erledigt'] : ['in_bearbeitung']);
        leftOverdue = true;
      }
    }
    const thisMonth = generateInScope(scope, {
      kind: 'month',
      year: Number(today.slice(0, 4)),
      month: Number(today.slice(5, 7)),
    });
    const annual = generateInScope(scope, { kind: 'year', year: Number(today.slice(0, 4)) - 1 });
    annual.createdOrderIds.forEach((id, i) => {
      if (i % 3 === 1) walk(scope, id, ['in_bearbeitung']);
      if (i % 5 === 2) walk(scope, id, ['wartet_auf_mandant']);
    });

    let handMade = 0;
    for (const spec of demoOrders) {
      const client = clientRows[spec.client];
      const type = findOrderTypeByCode(tx, spec.type);
      if (!client || !type) continue;
      const due =
        spec.bescheidDaysAgo !== undefined
          ? ruleDue(tx, type, client, null, {
              bescheidDate: addDays(today, -spec.bescheidDaysAgo),
              mitRechtsbehelfsbelehrung: !spec.ohneRechtsbehelfsbelehrung,
            })
          : spec.dueInDays !== undefined
            ? manualDue(addDays(today, spec.dueInDays), spec.dueNote)
            : null;
      const id = insertOrder(scope, {
        client,
        type,
        period: null,
        beraterId: client.beraterId,
        assignedUserId: spec.assignTo ? (userIds.get(spec.assignTo) ?? null) : null,
        title: spec.title || defaultTitle(type, null),
        description: spec.description ?? null,
        priority: spec.priority ?? 'normal',
        due: due ?? { dueDate: null, reason: null },
        reminderDate: null,
        notes: null,
        recurrenceKey: null,
        origin: 'Angelegt',
      });
      if (spec.path) walk(scope, id, spec.path);
      handMade += 1;
    }

    tx.insert(settings)
      .values({ key: SEED_FLAG, value: { at: now }, updatedAt: now })
      .run();
    audit({ action: 'seed.demo', entityType: 'settings', entityId: SEED_FLAG, after: { at: now } });
    return {
      seeded: true,
      berater: beraterIds.length,
      clients: demoClients.length,
      orders: lastMonth.created + thisMonth.created + annual.created + handMade,
      office: withOffice,
      logins,
      password: logins.length > 0 ? DEMO_PASSWORD : null,
    };
  });
}
