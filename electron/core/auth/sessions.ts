import crypto from 'node:crypto';

interface SessionRecord {
  userId: number;
  lastSeen: number;
}

export type SessionLookup = { status: 'active'; userId: number } | { status: 'expired'; userId: number } | { status: 'none' };

/**
 * Signed-in sessions, in memory: a restart signs everyone out, and nothing secret is written to disk.
 * A session ends after `lockMinutes` without a call (the renderer shows the lock screen then, and
 * signing in again continues where the user was).
 */
export class SessionRegistry {
  readonly #sessions = new Map<string, SessionRecord>();

  constructor(private readonly now: () => Date) {}

  create(userId: number): string {
    const id = crypto.randomBytes(32).toString('base64url');
    this.#sessions.set(id, { userId, lastSeen: this.now().getTime() });
    return id;
  }

  /** Looks a session up and, when it is still active, counts this call as activity. */
  touch(id: string | null | undefined, lockMinutes: number): SessionLookup {
    if (!id) return { status: 'none' };
    const s = this.#sessions.get(id);
    if (!s) return { status: 'none' };
    const now = this.now().getTime();
    if (now - s.lastSeen > lockMinutes * 60_000) {
      this.#sessions.delete(id);
      return { status: 'expired', userId: s.userId };
    }
    s.lastSeen = now;
    return { status: 'active', userId: s.userId };
  }

  /** Whether a session id was handed out and not ended (it may have run out: `touch` says so). */
  has(id: string | null | undefined): boolean {
    return !!id && this.#sessions.has(id);
  }

  drop(id: string | null | undefined): void {
    if (id) this.#sessions.delete(id);
  }

  /** Ends a user's sessions (password reset, account disabled), except the one given. */
  dropUser(userId: number, except?: string | null): void {
    for (const [id, s] of this.#sessions) if (s.userId === userId && id !== except) this.#sessions.delete(id);
  }

  clear(): void {
    this.#sessions.clear();
  }
}
