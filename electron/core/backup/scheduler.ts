import type { BackupInfo, BackupReason } from '../../../shared/contract/trust';

export interface BackupSchedule {
  /** stops the daily check and makes the backup on quit */
  stop(): Promise<void>;
}

export interface BackupScheduleOptions {
  /** reports a backup that failed or went to the default folder instead */
  log?: (message: string) => void;
  now?: () => Date;
  /** how often to look whether a day has passed since the last automatic backup */
  checkEveryMs?: number;
  intervalMs?: number;
}

const HOUR = 60 * 60 * 1000;

/**
 * Automatic backups for a host: one at start, one a day while running (checked hourly, so a PC that
 * slept catches up on waking), one on quit. The hosts (desktop app, browser host) start it; backups
 * run one at a time.
 */
export function startBackupSchedule(
  core: { automaticBackup(reason: BackupReason): Promise<BackupInfo | null>; readonly mode?: string },
  { log, now = () => new Date(), checkEveryMs = HOUR, intervalMs = 24 * HOUR }: BackupScheduleOptions = {},
): BackupSchedule {
  let lastAt: number | null = null;
  let chain: Promise<void> = Promise.resolve();
  const run = (reason: BackupReason): Promise<void> => {
    chain = chain.then(async () => {
      if (core.mode === 'recovery') return;
      const info = await core.automaticBackup(reason).catch((e: unknown) => {
        log?.(`自动备份失败：${(e as Error)?.message ?? String(e)}`);
        return null;
      });
      if (info) lastAt = now().getTime();
      else log?.(`自动备份（${reason}）未完成，请在“系统管理 → 备份”中查看原因`);
    });
    return chain;
  };
  void run('start');
  const timer = setInterval(() => {
    if (lastAt === null || now().getTime() - lastAt >= intervalMs) void run('daily');
  }, checkEveryMs);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await run('quit');
    },
  };
}
