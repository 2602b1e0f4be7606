import type { z } from 'zod';

export interface ChannelContract<
  C extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly channel: C;
  readonly input: I;
  readonly output: O;
  /** Calls that change data need a role that may write (enforced in the core). */
  readonly mutates: boolean;
}

export const defineChannel = <const C extends string, I extends z.ZodType, O extends z.ZodType>(spec: {
  channel: C;
  input: I;
  output: O;
  mutates?: boolean;
}): ChannelContract<C, I, O> => ({ ...spec, mutates: spec.mutates ?? false });

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
