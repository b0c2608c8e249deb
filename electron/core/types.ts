import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { SignedInUser } from '../../shared/contract/trust';
import type { DayTypeInfo } from '../../shared/domain/dayType';
import type { Store } from './store/openStore';
import type { Briefing } from '../../shared/contract/briefing';
import type { DayFigureSource } from './store/dialect';

/**
 * How a host keeps its caller's sign-in: the browser host in an HttpOnly session cookie, the desktop
 * app per window (sender webContents). The core reads `id` and calls `set` on sign-in and sign-out.
 */
export interface HostSession {
  id: string | null;
  set(id: string | null): void;
}

/**
 * The caller's client as the browser host keeps it in a long-lived cookie: a browser that has signed
 * in to an account before is not slowed down by someone else's wrong passwords (auth/loginThrottle.ts).
 */
export interface HostClient {
  id: string | null;
  set(id: string): void;
}

/** What a handler can add to its audit entry about effects outside the database (a backup file). */
export interface AuditNotes {
  note(text: string): void;
  /** the entry's user when the call itself signs someone in (first-run set-up) */
  actAs(user: SignedInUser): void;
}

/** Who is calling and through which host; recorded with every change. */
export interface CallContext {
  /**
   * The name recorded with a change. Dispatch sets it to the signed-in user's display name; the CLI
   * and tests may name someone here or leave it null (then the implied administrator's name).
   */
  actor: string | null;
  host: 'ipc' | 'http' | 'cli' | 'test';
  /** the caller's sign-in as the host keeps it (absent for the CLI, which acts as the store's admin) */
  session?: HostSession | undefined;
  /** the browser host's client cookie (the desktop window is one client of its own) */
  client?: HostClient | undefined;
  /** who is calling: resolved by dispatch before the handler runs (null for public calls without a session) */
  user?: SignedInUser | null;
  /** set by dispatch when the caller's session had run out after inactivity (the lock screen) */
  signInExpired?: boolean;
  /** set by dispatch for write methods */
  audit?: AuditNotes | undefined;
  /** the desktop app lets a handler ask for a folder with the system's dialog (null: cancelled) */
  pickFolder?: ((title: string) => Promise<string | null>) | undefined;
}

/**
 * Works out day types for a port through the holiday calendar (national + regional table); `null`
 * asks for the calendar common to all ports. Days of a year no calendar covers come back 'unknown'.
 */
export interface DayTypeProvider {
  range(portId: number | null, from: string, to: string): DayTypeInfo[];
}

/** What the briefing's PDF export hands the host: the briefing, assembled for the caller, to print. */
export interface BriefingPdfJob {
  briefing: Briefing;
}

/**
 * What only some hosts can do, provided by the host when it opens the core (the desktop app renders
 * and saves PDFs with Electron; the core never imports electron). A method whose capability is
 * missing answers with a Chinese message saying what to do instead.
 */
export interface HostCapabilities {
  exportBriefingPdf?: (job: BriefingPdfJob) => Promise<MethodOutput<'exportBriefingPdf'>>;
  /** the save dialog for a finished data export: copies `file` where the person chooses */
  saveExportFile?: (job: { file: string; fileName: string }) => Promise<MethodOutput<'saveExportFile'>>;
}

export interface CoreDeps {
  store: Store;
  /**
   * Where the day figures are read (the dashboard, 5+2 and the briefing's closed days): the store
   * itself unless given, or the central PostgreSQL database (`clearance serve --db`).
   */
  days?: DayFigureSource;
  /** injectable for tests that need a fixed "now" */
  now: () => Date;
  dayTypes: DayTypeProvider;
  version: string;
  /** where work done outside a call (a background import) reports unexpected errors */
  logError?: (where: string, error: unknown) => void;
  host?: HostCapabilities;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CallContext) => Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
