import { AppError } from '../../../../shared/contract/result';
import type { CentralSettingView } from '../../../../shared/contract/centralSetting';
import { checkCentralAddress, connectionUrl, readCentralSetting, writeCentralSetting } from '../../central/centralSetting';
import { openCentral } from '../../central/centralDatabase';
import { centralPorts } from '../../central/mirrorPorts';
import type { CoreDeps, Handlers } from '../../types';

type CentralSettingHandlers = Pick<Handlers, 'getCentralSetting' | 'saveCentralSetting' | 'testCentralConnection'>;

/**
 * The administrator's setting of the central database (central/centralSetting.ts). The host reads
 * it when it starts; here it is only shown, saved and tried.
 */
export function createCentralSettingHandlers({ store, days }: CoreDeps): CentralSettingHandlers {
  const view = (): CentralSettingView => {
    const setting = readCentralSetting(store.dataDir);
    return { url: setting?.url ?? null, hasPassword: setting?.password != null, serving: days !== undefined };
  };
  return {
    async getCentralSetting() {
      return view();
    },
    async saveCentralSetting({ url, password }, ctx) {
      // The setting is a file, not rows: the audit entry says what changed (never the password).
      if (url === null) {
        writeCentralSetting(store.dataDir, null);
        ctx.audit?.note('中心数据库设置已清除：重新启动后使用本机数据');
        return view();
      }
      const address = checkCentralAddress(url);
      // The host refuses to serve the central database over a folder with days of its own: say so now, not at the restart.
      const { n } = store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get() as { n: number };
      if (n > 0) {
        const message = '本数据目录中已有本机录入的每日数据，不能改为查看中心数据库：请在另一个数据目录中运行本程序后再设置';
        throw new AppError('CONFLICT', message, { url: message });
      }
      writeCentralSetting(store.dataDir, { url: address, password });
      ctx.audit?.note(`中心数据库设置为 ${address}${password ? '（含密码）' : ''}：重新启动后生效`);
      return view();
    },
    async testCentralConnection({ url, password }) {
      const central = await openCentral(connectionUrl({ url: checkCentralAddress(url), password }));
      try {
        return { role: central.role, ports: (await centralPorts(central.db)).length };
      } finally {
        await central.close();
      }
    },
  };
}
