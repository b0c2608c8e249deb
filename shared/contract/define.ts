import { z } from './zodChinese';

/**
 * One contract method: its input and output schemas, and whether it writes. `write`, `adminOnly`,
 * `public` and `selfService` let the core decide who may call it in one place (electron/core/dispatch.ts)
 * instead of in every handler; the renderer asks the same rule (./access.ts) to hide what a role may not use.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** changes stored data: refused to viewers, recorded in the audit log */
  write: boolean;
  /** only administrators may call it */
  adminOnly?: boolean;
  /** callable without signing in: sign-in itself, first-run set-up, the current sign-in state */
  public?: boolean;
  /** a change every signed-in user may make about themself (their own password), viewers included */
  selfService?: boolean;
  /** the browser host's request body limit for this method, where the default is too small (an upload) */
  maxBodyBytes?: number;
}

/**
 * A write refuses fields it does not know instead of dropping them: a caller sending a stray field
 * (a typed `operator`, a misspelt key) would otherwise believe it was stored. Reads keep zod's default
 * and ignore extras. Only the top-level object: the `.strict()` copy keeps its refinements.
 */
export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  if (!def.write || !(def.input instanceof z.ZodObject)) return def;
  return { ...def, input: def.input.strict() as unknown as I };
}
