import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRAL_SETTING_FILE, connectionUrl, readCentralSetting, writeCentralSetting } from '../../electron/core/central/centralSetting';
import { openHostCore } from '../../electron/core/central/openHostCore';
import type { CentralAppCore } from '../../electron/core/central/centralCore';
import { syncOffice } from '../../electron/core/central/syncOffice';
import { startDesktopApp, type ElectronApi } from '../../electron/main/desktopApp';
import { TEST_CTX, tempCore, tempDir } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';
import { centralDatabase, startCentralCluster, type CentralUrls } from './helpers/centralFixture';
import { createElectronStub } from './electron/electronStub';

/**
 * The 中心数据库 setting: kept in the data folder for the host to read before it opens a core, checked
 * before anything is written, the password never shown back; the hosts open the central database when
 * it is set.
 */

const NOW = () => new Date('2024-10-10T04:00:00Z');
const settingFile = (dir: string) => path.join(dir, CENTRAL_SETTING_FILE);

describe('the central database setting file', () => {
  it('refuses an address that is not a PostgreSQL account, host and database with a Chinese message, and writes nothing', () => {
    const dir = tempDir();
    writeCentralSetting(dir, { url: 'postgres://committee@db.example:5432/clearance', password: 'Geheim-1' });
    const before = fs.readFileSync(settingFile(dir), 'utf8');
    const refused: [string, RegExp][] = [
      ['db.example/clearance', /无法识别.*postgres:\/\/账户@主机:端口\/数据库/],
      ['mysql://committee@db.example/clearance', /应以 postgres:\/\/ 开头/],
      ['postgres://committee:Geheim-1@db.example/clearance', /不要写密码/],
      ['postgres://db.example:5432/clearance', /缺少账户/],
      ['postgres://committee@db.example:5432/', /缺少数据库名/],
    ];
    for (const [url, message] of refused) {
      expect(() => writeCentralSetting(dir, { url, password: null }), url).toThrow(message);
      expect(fs.readFileSync(settingFile(dir), 'utf8')).toBe(before);
    }
    expect(fs.readdirSync(dir)).toEqual([CENTRAL_SETTING_FILE]);
  });

  it('keeps the address and the password apart, readable by its owner only, and puts the password back only to connect', () => {
    const dir = tempDir();
    expect(readCentralSetting(dir)).toBeNull();
    writeCentralSetting(dir, { url: ' postgres://committee@db.example:5432/clearance ', password: 'p@ss/word' });
    expect(fs.statSync(settingFile(dir)).mode & 0o777).toBe(0o600);
    const setting = readCentralSetting(dir)!;
    expect(setting).toEqual({ url: 'postgres://committee@db.example:5432/clearance', password: 'p@ss/word' });
    expect(new URL(connectionUrl(setting)).password).toBe(encodeURIComponent('p@ss/word'));
    writeCentralSetting(dir, null);
    expect(readCentralSetting(dir)).toBeNull();
  });

  it('says a damaged file is damaged and how to recover, rather than quietly opening the local store', () => {
    const dir = tempDir();
    fs.writeFileSync(settingFile(dir), '{"url": 3');
    expect(() => readCentralSetting(dir)).toThrow(/中心数据库设置文件已损坏.*请删除该文件后重新启动/);
  });

  it('through the core: the administrator saves it, the password is neither shown back nor in the audit log; a folder with days is refused', async () => {
    const core = await tempCore({ now: NOW });
    const bad = await core.call('saveCentralSetting', { url: 'http://committee@db.example/clearance', password: null }, TEST_CTX);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '中心数据库地址应以 postgres:// 开头' } });
    expect(fs.existsSync(settingFile(core.dataDir))).toBe(false);

    const saved = await core.ok('saveCentralSetting', { url: 'postgres://committee@db.example:5432/clearance', password: 'Zq9-very-secret' });
    expect(saved).toEqual({ url: 'postgres://committee@db.example:5432/clearance', hasPassword: true, serving: false });
    expect(JSON.stringify(await core.ok('getCentralSetting', undefined))).not.toContain('Zq9-very-secret');
    const audit = core.store.sqlite.prepare("SELECT input FROM audit_log WHERE action = 'saveCentralSetting'").all() as { input: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.input).not.toContain('Zq9-very-secret');
    expect(audit[0]!.input).toContain('db.example');

    await seedDays(core, 1, everyDay('2024-01-01', '2024-01-01', { personsIn: 1 }));
    const refused = await core.call('saveCentralSetting', { url: 'postgres://committee@db.example:5432/other', password: null }, TEST_CTX);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/已有本机录入的每日数据/) } });
    expect(readCentralSetting(core.dataDir)!.url).toBe('postgres://committee@db.example:5432/clearance');
    // Back to the folder's own data: always allowed.
    expect(await core.ok('saveCentralSetting', { url: null, password: null })).toEqual({ url: null, hasPassword: false, serving: false });
    expect(fs.existsSync(settingFile(core.dataDir))).toBe(false);
  });
});

describe('hosts pointed at the central database by the setting', () => {
  let cluster: ThrowawayPostgres;
  let urls: CentralUrls;

  beforeAll(async () => {
    cluster = await startCentralCluster();
    urls = await centralDatabase(cluster);
    const zm = await tempCore({ now: NOW });
    await seedDays(zm, 1, everyDay('2024-09-01', '2024-09-30', (_d, i) => ({ portOpen: true, importValueYuan: 1_000 + i })));
    expect((await syncOffice(zm.store, urls.zhangmu)).conflicts).toEqual([]);
  }, 120_000);

  afterAll(() => cluster?.stop());

  it('测试连接 reports the role and the ports, or a Chinese error, and saves nothing', async () => {
    const core = await tempCore({ now: NOW });
    const url = urls.committee.replace(/^postgresql:/, 'postgres:');
    expect(await core.ok('testCentralConnection', { url, password: 'anything' })).toEqual({ role: 'committee', ports: 2 });
    const missing = await core.call('testCentralConnection', { url: url.replace(urls.name, 'no_such_db'), password: null }, TEST_CTX);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^中心数据库不存在/) } });
    expect(fs.existsSync(settingFile(core.dataDir))).toBe(false);
  });

  it('the browser host (clearance serve) and the Electron main open the central database when the folder has it set', async () => {
    const dataDir = tempDir();
    writeCentralSetting(dataDir, { url: urls.committee, password: null });
    const { core, central } = await openHostCore({ dataDir, lock: '浏览器模式（clearance serve）', now: NOW });
    try {
      expect(central?.role).toBe('committee');
      await core.call('createFirstAdmin', { username: 'admin', displayName: '管理员', password: 'Qz7!long-enough-pass' }, TEST_CTX);
      const ports = (await core.call('listPorts', undefined, TEST_CTX)) as { ok: true; value: { name: string }[] };
      expect(ports.value.map((p) => p.name).sort()).toEqual(['吉隆口岸', '樟木口岸']);
      expect(await core.call('getCentralSetting', undefined, TEST_CTX)).toMatchObject({ ok: true, value: { serving: true } });
    } finally {
      await core.close();
    }

    // The desktop app, on the same folder, through the stubbed electron module.
    const stub = createElectronStub();
    const app = await startDesktopApp(stub.electron as unknown as ElectronApi, { outDir: path.join(tempDir(), 'out'), dataDir });
    try {
      expect((app!.core as CentralAppCore).role).toBe('committee');
      const kpis = (await app!.core.call('getDashboardKpis', { portIds: [(app!.core as CentralAppCore).ports.find((p) => p.code === 'ZHANGMU')!.id], period: { kind: 'month', from: '2024-09-01', to: '2024-09-30' } }, TEST_CTX)) as { ok: true; value: { figures: { key: string; current: number | null }[] } };
      // The test's own sum of what 樟木 synced.
      expect(kpis.value.figures.find((f) => f.key === 'tradeValueYuan')!.current).toBe(Array.from({ length: 30 }, (_, i) => 1_000 + i).reduce((a, b) => a + b, 0));
    } finally {
      await app?.core.close();
    }
  });
});
