import { z } from 'zod';
import { clientKinds, clientSortFields, clientStatuses } from '../../clients/client-enums';
import { createClientInputSchema, updateClientInputSchema } from '../../clients/client-input';
import {
  clientDetailSchema,
  clientDuplicateSchema,
  clientSaveResultSchema,
  clientSummarySchema,
} from '../../clients/client-output';
import {
  clientImportPreviewSchema,
  clientImportResultSchema,
  importMappingSchema,
} from '../../clients/import-schemas';
import { auditEntrySchema } from './audit';
import { defineChannel } from '../define';

// Schemas live in src-shared/clients (the form layer uses them too); re-exported for existing imports.
export { clientKinds, clientSortFields, clientStatuses, clientSummarySchema, createClientInputSchema };
export type { ClientSummary } from '../../clients/client-output';
export type { CreateClientInput, UpdateClientInput } from '../../clients/client-input';
export type { ClientImportPreview, ClientImportResult } from '../../clients/import-schemas';

/** 100 MB: larger files are refused before anything is read. */
export const CLIENT_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

const importBytes = z
  .instanceof(Uint8Array, { message: 'Bitte eine Datei auswählen.' })
  .refine((bytes) => bytes.byteLength <= CLIENT_IMPORT_MAX_BYTES, {
    message:
      'Die Datei ist größer als 100 MB und kann nicht importiert werden. Bitte in mehrere Dateien aufteilen.',
  });

const importMapping = importMappingSchema;
const importDelimiter = z.enum([';', ',', '\t']);
const importEncoding = z.string().trim().min(1).max(40);
const clientRef = z.object({ id: z.number().int().positive(), version: z.number().int().min(1) }).strict();

const listFilter = {
  query: z.string().max(200).optional(),
  status: z.enum(clientStatuses).optional(),
  kind: z.enum(clientKinds).optional(),
  beraterId: z.number().int().positive().optional(),
  tag: z.string().trim().min(1).max(40).optional(),
};

export const clientsContracts = {
  list: defineChannel({
    channel: 'clients:list',
    input: z
      .object({
        ...listFilter,
        sortBy: z.enum(clientSortFields).default('clientNumber'),
        sortDir: z.enum(['asc', 'desc']).default('asc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1_000).default(200),
      })
      .strict(),
    output: z.object({ items: z.array(clientSummarySchema), total: z.number().int() }),
    access: 'read',
  }),
  /** Everything about one client: contacts, accounts, Steuernummern with Finanzamt, partner, letter. */
  get: defineChannel({
    channel: 'clients:get',
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: clientDetailSchema,
    access: 'read',
  }),
  /** Refused with kind 'conflict' and details.duplicates when similar clients exist, unless confirmDuplicate. */
  create: defineChannel({
    channel: 'clients:create',
    input: createClientInputSchema,
    output: clientSaveResultSchema,
    access: 'write',
  }),
  update: defineChannel({
    channel: 'clients:update',
    input: updateClientInputSchema,
    output: clientSaveResultSchema,
    access: 'write',
  }),
  /** Status ehemalig and archivedAt: the client stays with all its data. */
  archive: defineChannel({
    channel: 'clients:archive',
    input: clientRef,
    output: clientDetailSchema,
    access: 'write',
  }),
  /** Only when nothing (Aufträge, Dokumente) depends on the client; otherwise 'conflict'. */
  delete: defineChannel({
    channel: 'clients:delete',
    input: clientRef,
    output: z.object({ deleted: z.literal(true), id: z.number().int(), clientNumber: z.string() }),
    access: 'write',
  }),
  /** While the form is filled in: clients with the same identifiers or name and address. */
  checkDuplicates: defineChannel({
    channel: 'clients:check-duplicates',
    input: z
      .object({
        kind: z.enum(clientKinds),
        excludeId: z.number().int().positive().optional(),
        lastName: z.string().max(100).optional(),
        firstName: z.string().max(100).optional(),
        companyName: z.string().max(200).optional(),
        street: z.string().max(120).optional(),
        postalCode: z.string().max(10).optional(),
        steuerId: z.string().max(20).optional(),
        ustIdNr: z.string().max(20).optional(),
        wIdNr: z.string().max(25).optional(),
        taxNumbers: z.array(z.string().max(30)).max(20).optional(),
      })
      .strict(),
    output: z.object({ duplicates: z.array(clientDuplicateSchema) }),
    access: 'read',
  }),
  /** The Verlauf: the client's audit history, newest first. */
  history: defineChannel({
    channel: 'clients:history',
    input: z
      .object({ id: z.number().int().positive(), limit: z.number().int().min(1).max(1_000).default(200) })
      .strict(),
    output: z.object({ items: z.array(auditEntrySchema) }),
    access: 'read',
  }),
  tags: defineChannel({
    channel: 'clients:tags',
    input: z.object({}).strict().default({}),
    output: z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
    access: 'read',
  }),
  numberScheme: defineChannel({
    channel: 'clients:number-scheme',
    input: z.object({}).strict().default({}),
    output: z.object({ start: z.number().int(), digits: z.number().int(), next: z.string() }),
    access: 'read',
  }),
  setNumberScheme: defineChannel({
    channel: 'clients:set-number-scheme',
    input: z
      .object({
        start: z.number().int().min(0, 'Der Nummernkreis beginnt bei 0 oder höher.'),
        digits: z.number().int().min(1).max(12, 'Höchstens 12 Stellen.'),
      })
      .strict()
      .refine((scheme) => String(scheme.start).length <= scheme.digits, {
        message: 'Die erste Nummer hat mehr Stellen als der Nummernkreis.',
        path: ['start'],
      }),
    output: z.object({ start: z.number().int(), digits: z.number().int(), next: z.string() }),
    access: 'manage',
  }),
  /** Reads the file and checks every row; writes nothing. */
  importPreview: defineChannel({
    channel: 'clients:import-preview',
    input: z
      .object({
        bytes: importBytes,
        fileName: z.string().max(260),
        mapping: importMapping.optional(),
        delimiter: importDelimiter.optional(),
        encoding: importEncoding.optional(),
      })
      .strict(),
    output: clientImportPreviewSchema,
    access: 'write',
  }),
  /** Progress as `progress` events with the taskId; importCancel stops it until writing begins. */
  importRun: defineChannel({
    channel: 'clients:import-run',
    input: z
      .object({
        bytes: importBytes,
        fileName: z.string().max(260).optional(),
        mapping: importMapping.optional(),
        delimiter: importDelimiter.optional(),
        encoding: importEncoding.optional(),
        mode: z.enum(['all-or-nothing', 'valid-only']),
        updateExisting: z.boolean(),
        taskId: z.string().trim().min(1).max(100),
      })
      .strict(),
    output: clientImportResultSchema,
    access: 'write',
  }),
  importCancel: defineChannel({
    channel: 'clients:import-cancel',
    input: z.object({ taskId: z.string().trim().min(1).max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
    access: 'write',
  }),
  /** `;`-separated UTF-8 with BOM in the office-export columns; filter as in the list. */
  exportCsv: defineChannel({
    channel: 'clients:export-csv',
    input: z.object({ filter: z.object(listFilter).strict().optional() }).strict(),
    output: z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array), count: z.number().int() }),
    access: 'read',
  }),
};
