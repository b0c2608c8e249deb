import type { MethodDef } from './define';

export const ROLES = ['admin', 'clerk', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', clerk: '录入员', viewer: '查看者' };

export type AccessRule = Pick<MethodDef, 'write' | 'adminOnly' | 'public' | 'selfService'>;

/**
 * Who may call a method: anyone for public ones; otherwise a signed-in user whose role allows it.
 * Viewers only read (and change their own password); clerks read and write all but administration;
 * administrators everything. The core enforces this for every call; the renderer asks it to hide
 * what the signed-in role may not use.
 */
export function mayCall(role: Role | null, rule: AccessRule): boolean {
  if (rule.public) return true;
  if (role === null) return false;
  if (rule.adminOnly) return role === 'admin';
  if (!rule.write || rule.selfService) return true;
  return role === 'admin' || role === 'clerk';
}
