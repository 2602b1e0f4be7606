import { z } from 'zod';

export const appErrorKinds = [
  'validation',
  'not_found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'unavailable',
  'cancelled',
  'internal',
] as const;
export type AppErrorKind = (typeof appErrorKinds)[number];

export const appErrorDataSchema = z.object({
  kind: z.enum(appErrorKinds),
  /** German text for the user; never contains a stack trace. */
  userMessage: z.string(),
  /** English text for logs and developers. */
  message: z.string(),
  details: z
    .object({
      field: z.string().optional(),
      fields: z.record(z.string(), z.string()).optional(),
      channel: z.string().optional(),
      code: z.string().optional(),
    })
    .catchall(z.unknown())
    .optional(),
});
export type AppErrorData = z.infer<typeof appErrorDataSchema>;

/**
 * The one error type that crosses the IPC boundary. It is sent as plain data
 * (see IpcResult) because Electron's structured clone drops custom fields of Error.
 */
export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly userMessage: string;
  readonly details: AppErrorData['details'];

  constructor(kind: AppErrorKind, userMessage: string, message?: string, details?: AppErrorData['details']) {
    super(message ?? userMessage);
    this.name = 'AppError';
    this.kind = kind;
    this.userMessage = userMessage;
    this.details = details;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { kind: this.kind, userMessage: this.userMessage, message: this.message };
    if (this.details !== undefined) data.details = this.details;
    return data;
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.kind, data.userMessage, data.message, data.details);
  }

  static is(value: unknown): value is AppError {
    return value instanceof AppError;
  }
}

export const isAppErrorData = (value: unknown): value is AppErrorData =>
  appErrorDataSchema.safeParse(value).success;
