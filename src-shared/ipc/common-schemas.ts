import { z } from 'zod';
import { parseIsoDate } from '../rules/deadlines/calendar-date';
import { landCodes } from '../rules/land/land-codes';

export const idSchema = z.number().int().positive();

/** Optimistic locking: every update names the version it was based on. */
export const versionSchema = z.number().int().min(1);

/** A civil date 'YYYY-MM-DD' that exists in the calendar; range checks relative to today live in the core. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.')
  .refine((value) => parseIsoDate(value) !== undefined, 'Dieses Datum gibt es nicht.');

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bitte geben Sie einen Monat im Format JJJJ-MM an.');

/** 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
export const periodSchema = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])|-[Qq][1-4])?$/,
    'Bitte geben Sie einen Zeitraum wie 2026-12, 2026-Q4 oder 2026 an.',
  )
  .transform((value) => value.toUpperCase());

export const landSchema = z.enum(landCodes, { error: 'Bitte wählen Sie ein Bundesland (z. B. NW, BY).' });

export const PASSWORD_MIN_LENGTH = 10;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`)
  .max(200, 'Das Passwort darf höchstens 200 Zeichen lang sein.');

/** Free text of a form field: trimmed; empty means "not set". */
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

export const emailSchema = z
  .string()
  .trim()
  .max(200)
  .refine(
    (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'Bitte geben Sie eine gültige E-Mail-Adresse an.',
  );
