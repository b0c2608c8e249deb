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

/** What the briefing's PDF export hands the host: the briefing to print and how to name it. */
export interface BriefingPdfJob {
  portId: number | null;
  period: { kind: string; from: string; to: string };
  title: string;
  fileName: string;
  producedLabel: string;
}

/**
 * What only some hosts can do, provided by the host when it opens the core (the desktop app renders
 * and saves PDFs with Electron; the core never imports electron). A method whose capability is
 * missing answers with a Chinese message saying what to do instead.
 */
export interface HostCapabilities {
  exportBriefingPdf?: (job: BriefingPdfJob) => Promise<MethodOutput<'exportBriefingPdf'>>;
}

export interface CoreDeps {
  store: Store;
  /** injectable for tests that need a fixed "now" */
  now: () => Date;
  dayTypes: DayTypeProvider;
  version: string;
  host?: HostCapabilities;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CallContext) => Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
