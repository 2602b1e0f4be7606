import { AppError } from '../../../../src-shared/errors/app-error';
import type { Finanzamt } from '../../../../src-shared/rules/finanzamt';
import type {
  RenderInput,
  TemplateAuftrag,
  TemplateBerater,
  TemplateBescheid,
  TemplateKanzlei,
  TemplateMandant,
} from '../../../../src-shared/templates';
import { todayIso } from '../../clock';
import { cachedStatement } from '../../db/statement-cache';
import { loadClient, type LoadedClient } from '../clients/client-reader';
import type { Actor, ServiceDeps } from '../deps';
import { finanzamtDirectory } from '../finanzamt/finanzamt-directory';
import { findOffice } from '../office/office-service';
import { decodeDueReason } from '../orders/order-deadline';

/** A client's letter data, read from the database, plus what names the letter. */
export interface LetterSubject {
  clientId: number;
  clientNumber: string;
  displayName: string;
  /** Surname or Firma, for file names ("10023 Müller"). */
  shortName: string;
  orderId: number | null;
  input: RenderInput;
}

interface OrderRow {
  id: number;
  client_id: number;
  berater_id: number | null;
  title: string;
  description: string | null;
  period_year: number | null;
  period_month: number | null;
  period_quarter: number | null;
  due_date: string | null;
  due_reason: string | null;
  status: string;
  type_code: string;
  type_name: string;
}

interface BeraterRow {
  name: string;
  profession: string;
  berater_number: string | null;
  kammer: string | null;
  email: string | null;
  phone: string | null;
}

interface BescheidDocRow {
  doc_type: string | null;
  fields_json: string | null;
}

const OPEN_STATUSES = "('offen','in_bearbeitung','wartet_auf_mandant','zur_pruefung')";
const ORDER_SELECT = `SELECT o.id, o.client_id, o.berater_id, o.title, o.description, o.period_year, o.period_month,
  o.period_quarter, o.due_date, o.due_reason, o.status, t.code AS type_code, t.name AS type_name
  FROM orders o JOIN order_types t ON t.id = o.order_type_id`;

const bescheidTaxTypes: Readonly<Record<string, string>> = {
  est_bescheid: 'est',
  ust_bescheid: 'ust',
  gewst_bescheid: 'gewst',
  kst_bescheid: 'kst',
};

/** Tax types as they appear in an order's title or description ("Einspruch ESt-Bescheid 2024"). */
const taxTypeWords: readonly [RegExp, string][] = [
  [/einkommensteuer|\beSt\b/i, 'est'],
  [/körperschaftsteuer|\bKSt\b/i, 'kst'],
  [/gewerbesteuer|\bGewSt\b/i, 'gewst'],
  [/umsatzsteuer|\bUSt\b/i, 'ust'],
  [/grundsteuer/i, 'grundsteuer'],
  [/feststellung/i, 'feststellung'],
];

const periodOf = (row: OrderRow): TemplateAuftrag['period'] =>
  row.period_year === null
    ? null
    : { year: row.period_year, month: row.period_month, quarter: row.period_quarter };

const auftragOf = (row: OrderRow): TemplateAuftrag => ({
  id: row.id,
  title: row.title,
  typeName: row.type_name,
  description: row.description,
  period: periodOf(row),
  dueDate: row.due_date,
  status: row.status,
});

function parseFields(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Unwraps a confirmed field stored either as the value or as a FieldResult `{ value }`. */
function fieldValue(fields: Record<string, unknown>, key: string): unknown {
  const raw = fields[key];
  if (raw && typeof raw === 'object' && 'value' in raw) return (raw as { value: unknown }).value;
  return raw;
}

const textOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : null;

/**
 * The Bescheid an order refers to: the Bescheiddatum of an Einspruch's Frist, the confirmed fields of
 * a Bescheid filed to the order (document analysis), else tax type and year read from the title.
 */
function bescheidOf(deps: ServiceDeps, order: OrderRow): TemplateBescheid | null {
  const reason = decodeDueReason(order.due_reason);
  const doc = cachedStatement(
    deps.sqlite,
    `SELECT d.doc_type, d.fields_json FROM documents d
     WHERE (d.order_id = ? OR d.id IN (SELECT document_id FROM order_documents WHERE order_id = ?))
       AND d.doc_type LIKE '%bescheid' ORDER BY d.id DESC LIMIT 1`,
  ).get(order.id, order.id) as BescheidDocRow | undefined;
  if (!reason?.einspruch && !doc && order.type_code !== 'einspruch') return null;
  const fields = parseFields(doc?.fields_json ?? null);
  const text = `${order.title} ${order.description ?? ''}`;
  const year = fieldValue(fields, 'taxYear') ?? order.period_year ?? /\b(20\d\d|19\d\d)\b/.exec(text)?.[1];
  const amount = fieldValue(fields, 'amount');
  return {
    date: reason?.einspruch?.bescheidDate ?? textOf(fieldValue(fields, 'documentDate')),
    taxType:
      (doc?.doc_type ? bescheidTaxTypes[doc.doc_type] : undefined) ??
      taxTypeWords.find(([pattern]) => pattern.test(text))?.[1] ??
      null,
    year: textOf(year),
    taxNumber: textOf(fieldValue(fields, 'steuernummer')),
    objectionDeadline: reason?.source === 'einspruch' ? order.due_date : null,
    amount: typeof amount === 'number' ? amount : null,
  };
}

function mandantOf(client: LoadedClient): TemplateMandant {
  const { row } = client;
  const hasPostal = Boolean(row.po_box || row.post_street);
  return {
    clientNumber: row.client_number,
    kind: row.kind,
    salutation: row.salutation,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    birthName: row.birth_name,
    birthDate: row.birth_date,
    companyName: row.company_name,
    legalForm: row.legal_form,
    registerCourt: row.register_court,
    registerType: row.register_type,
    registerNumber: row.register_number,
    address: { street: row.street, postalCode: row.postal_code, city: row.city, country: row.country },
    postalAddress: hasPostal
      ? {
          poBox: row.po_box,
          street: row.post_street,
          postalCode: row.post_postal_code,
          city: row.post_city,
          country: row.post_country,
        }
      : null,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    steuerId: row.steuer_id,
    ustIdNr: row.ust_id_nr,
    wIdNr: row.w_id_nr,
    taxNumbers: client.taxNumbers.map((t) => ({ value: t.elster13, taxType: t.tax_type, land: t.land })),
    bankAccounts: client.bankAccounts.map((b) => ({
      iban: b.iban,
      bic: b.bic,
      bankName: b.bank_name,
      accountHolder: b.account_holder,
      sepaMandateRef: b.sepa_mandate_ref,
    })),
  };
}

const clientNotFound = (id: number | string) =>
  new AppError('not_found', 'Der Mandant wurde nicht gefunden.', `Client ${id} not found`, {
    field: 'clientId',
    code: 'client_not_found',
  });

/**
 * Reads everything a letter needs from the database: the client with its lists, its first contact
 * person (companies), the Berater of the order or the client, the Kanzlei, the Finanzamt of the
 * first Steuernummer, the order with its Bescheid, the client's open orders and the acting user.
 * One loader serves a whole serial letter (Kanzlei, user and directory are read once).
 */
export function createLetterDataLoader(deps: ServiceDeps, actor: Actor) {
  const heute = todayIso(deps.clock);
  const office = findOffice(deps.db);
  const kanzlei: TemplateKanzlei | null = office
    ? {
        name: office.name,
        street: office.street,
        postalCode: office.postalCode,
        city: office.city,
        phone: office.phone,
        fax: office.fax,
        email: office.email,
        website: office.website,
        kammer: office.kammer,
        ustId: office.ustId,
        bankName: office.bankName,
        iban: office.iban,
        bic: office.bic,
        letterFooter: office.letterFooter,
      }
    : null;
  const user = cachedStatement(deps.sqlite, 'SELECT display_name, email FROM users WHERE id = ?').get(
    actor.id,
  ) as { display_name: string; email: string | null } | undefined;
  const benutzer = { name: user?.display_name ?? actor.displayName, email: user?.email ?? null };
  const directory = finanzamtDirectory(deps);
  const beraterCache = new Map<number, TemplateBerater | null>();

  const beraterOf = (id: number | null): TemplateBerater | null => {
    if (id === null) return null;
    if (!beraterCache.has(id)) {
      const row = cachedStatement(
        deps.sqlite,
        'SELECT name, profession, berater_number, kammer, email, phone FROM berater WHERE id = ?',
      ).get(id) as BeraterRow | undefined;
      beraterCache.set(
        id,
        row
          ? {
              name: row.name,
              profession: row.profession,
              beraterNumber: row.berater_number,
              kammer: row.kammer,
              email: row.email,
              phone: row.phone,
            }
          : null,
      );
    }
    return beraterCache.get(id) ?? null;
  };

  const finanzamtOf = (client: LoadedClient): Finanzamt | null => {
    const first = client.taxNumbers[0];
    return first ? (directory.lookup.byBufa(first.bufa) ?? null) : null;
  };

  return {
    heute,
    load(clientId: number, orderId?: number | null): LetterSubject {
      const client = loadClient(deps.sqlite, clientId);
      if (!client) throw clientNotFound(clientId);
      let order: OrderRow | undefined;
      if (orderId != null) {
        order = cachedStatement(deps.sqlite, `${ORDER_SELECT} WHERE o.id = ?`).get(orderId) as
          OrderRow | undefined;
        if (!order) {
          throw new AppError('not_found', 'Der Auftrag wurde nicht gefunden.', `Order ${orderId} not found`, {
            field: 'orderId',
            code: 'order_not_found',
          });
        }
        if (order.client_id !== clientId) {
          throw new AppError(
            'validation',
            `Der Auftrag „${order.title}“ gehört nicht zu ${client.row.display_name}.`,
            `Order ${orderId} belongs to client ${order.client_id}, not ${clientId}`,
            { field: 'orderId', code: 'order_of_other_client' },
          );
        }
      }
      const open = cachedStatement(
        deps.sqlite,
        `${ORDER_SELECT} WHERE o.client_id = ? AND o.status IN ${OPEN_STATUSES}
         ORDER BY o.due_date IS NULL, o.due_date, o.id`,
      ).all(clientId) as OrderRow[];
      const contact = client.row.kind === 'company' ? client.contacts[0] : undefined;
      const input: RenderInput = {
        mandant: mandantOf(client),
        kontakt: contact
          ? {
              salutation: contact.salutation,
              title: contact.title,
              firstName: contact.first_name,
              lastName: contact.last_name,
              role: contact.role,
              email: contact.email,
              phone: contact.phone,
              mobile: contact.mobile,
            }
          : null,
        berater: beraterOf(order?.berater_id ?? client.row.berater_id),
        kanzlei,
        finanzamt: finanzamtOf(client),
        auftrag: order ? auftragOf(order) : null,
        bescheid: order ? bescheidOf(deps, order) : null,
        benutzer,
        offeneAuftraege: open.map(auftragOf),
        heute,
      };
      const shortName =
        client.row.kind === 'person'
          ? (client.row.last_name ?? client.row.display_name)
          : (client.row.company_name ?? client.row.display_name);
      return {
        clientId,
        clientNumber: client.row.client_number,
        displayName: client.row.display_name,
        shortName,
        orderId: order?.id ?? null,
        input,
      };
    },
  };
}
