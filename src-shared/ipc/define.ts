import type { z } from 'zod';
import type { Access } from './access';

export interface ChannelContract<
  C extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  A extends Access = Access,
> {
  readonly channel: C;
  readonly input: I;
  readonly output: O;
  /** The right a caller needs (see access.ts); enforced by the core's dispatcher, not only in the UI. */
  readonly access: A;
}

type Defaulted<A extends Access | undefined, M> = [A] extends [Access]
  ? A
  : M extends true
    ? 'write'
    : 'read';

export const defineChannel = <
  const C extends string,
  I extends z.ZodType,
  O extends z.ZodType,
  const A extends Access | undefined = undefined,
  const M extends boolean | undefined = undefined,
>(spec: {
  channel: C;
  input: I;
  output: O;
  /** Defaults to 'read': a channel is never public by accident. */
  access?: A;
  /** @deprecated Use `access: 'write'`; kept so contracts written before access levels still compile. */
  mutates?: M;
}): ChannelContract<C, I, O, Defaulted<A, M>> => ({
  channel: spec.channel,
  input: spec.input,
  output: spec.output,
  access: (spec.access ?? (spec.mutates ? 'write' : 'read')) as Defaulted<A, M>,
});

export interface EventContract<C extends string = string, P extends z.ZodType = z.ZodType> {
  readonly channel: C;
  readonly payload: P;
}

export const defineEvent = <const C extends string, P extends z.ZodType>(spec: {
  channel: C;
  payload: P;
}): EventContract<C, P> => spec;

export type ContractInput<T> = T extends ChannelContract<string, infer I, z.ZodType> ? z.input<I> : never;
export type ContractParsedInput<T> =
  T extends ChannelContract<string, infer I, z.ZodType> ? z.output<I> : never;
export type ContractOutput<T> = T extends ChannelContract<string, z.ZodType, infer O> ? z.output<O> : never;
export type ContractAccess<T> = T extends ChannelContract<string, z.ZodType, z.ZodType, infer A> ? A : never;
