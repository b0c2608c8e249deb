import type { Generated } from 'kysely';

/** Row types of accounts, the audit log and trust settings (migration 0005). */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: 'admin' | 'clerk' | 'viewer';
  /** `scrypt$N$r$p$salt$hash` (electron/core/auth/passwords.ts) */
  password: string;
  disabled: Generated<number>;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface AuditLogTable {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string;
  username: string | null;
  role: string | null;
  host: string;
  action: string;
  /** the call's input as JSON, secrets redacted and long texts shortened */
  input: string;
  /** JSON AuditChanges: the rows changed (before/after), counts per table, notes */
  changes: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
}

export interface TrustSettingsTable {
  key: string;
  /** JSON */
  value: string;
}

export interface TrustTables {
  users: UsersTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  trust_settings: TrustSettingsTable;
}
