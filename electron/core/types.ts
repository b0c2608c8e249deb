import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { DayTypeInfo } from '../../shared/domain/dayType';
import type { Store } from './store/openStore';

/** Who is calling and through which host; recorded with every change. */
export interface CallContext {
  /** the operator's name (typed in until accounts exist) */
  actor: string | null;
  host: 'ipc' | 'http' | 'cli' | 'test';
}

/**
 * Works out day types for a port through the holiday calendar (national + regional table); `null`
 * asks for the calendar common to all ports. Days of a year no calendar covers come back 'unknown'.
 */
export interface DayTypeProvider {
  range(portId: number | null, from: string, to: string): DayTypeInfo[];
}

export interface CoreDeps {
  store: Store;
  /** injectable for tests that need a fixed "now" */
  now: () => Date;
  dayTypes: DayTypeProvider;
  version: string;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CallContext) => Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
