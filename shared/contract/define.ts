import type { z } from 'zod';

/**
 * One contract method: its input and output schemas, and whether it writes. `write` lets the core
 * refuse writes from read-only roles in one place instead of in every handler.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  write: boolean;
  /** who may call it beyond the default (any signed-in role for reads, writers for writes) */
  adminOnly?: boolean;
  /** a larger request body than the browser host's default, for methods that carry a file */
  maxBodyBytes?: number;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
