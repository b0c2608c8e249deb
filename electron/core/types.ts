import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { DayTypeInfo } from '../../shared/domain/dayType';
import type { Store } from './store/openStore';

/** Who is calling and through which host; recorded with every change. */
export interface CallContext {
  /** the operator's name (typed in until accounts exist) */
  actor: string | null;
  host: 'ipc' | 'http' | 'cli' | 'test';
}

/** Works out day types for a port; the calendar replaces the weekday-only default. */
export interface DayTypeProvider {
  range(portId: number, from: string, to: string): DayTypeInfo[];
}

export interface CoreDeps {
  store: Store;
  /** injectable for tests that need a fixed "now" */
  now: () => Date;
  dayTypes: DayTypeProvider;
  version: string;
  /** where work done outside a call (a background import) reports unexpected errors */
  logError?: (where: string, error: unknown) => void;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CallContext) => Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
