import type { AppErrorData } from '../errors/app-error';

/** The envelope every IPC call resolves to; errors are data, never thrown across the boundary. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppErrorData): IpcResult<T> => ({ ok: false, error });
