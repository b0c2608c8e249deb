import { expect } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres';

/** A throw-away cluster with the roles an IT office makes once (docs/central-database.md): two offices and an official. */
export async function startCentralCluster(): Promise<ThrowawayPostgres> {
  const cluster = await startThrowawayPostgres();
  cluster.psql(`
    DO $$ BEGIN CREATE ROLE clearance_office NOLOGIN; CREATE ROLE clearance_official NOLOGIN; END $$;
    CREATE ROLE office_zhangmu LOGIN IN ROLE clearance_office;
    CREATE ROLE office_gyirong LOGIN IN ROLE clearance_office;
    CREATE ROLE committee LOGIN IN ROLE clearance_official;`);
  return cluster;
}

export function collectingIo() {
  const lines: string[] = [];
  return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}

export interface CentralUrls {
  name: string;
  owner: string;
  zhangmu: string;
  gyirong: string;
  committee: string;
}

let count = 0;

/** A fresh central database, migrated and with both offices registered, through the CLI as the IT office does it. */
export async function centralDatabase(cluster: ThrowawayPostgres): Promise<CentralUrls> {
  const name = `central_${process.pid}_${++count}`;
  cluster.createDatabase(name);
  const owner = cluster.url(name);
  const { io, lines } = collectingIo();
  expect(await runCli(['central', 'migrate', '--db', owner], io), lines.join('\n')).toBe(0);
  expect(await runCli(['central', 'add-office', '--db', owner, '--office', 'office_zhangmu', '--title', '樟木口岸办', '--port', 'ZHANGMU=樟木口岸'], io), lines.join('\n')).toBe(0);
  expect(await runCli(['central', 'add-office', '--db', owner, '--office', 'office_gyirong', '--title', '吉隆口岸办', '--port', 'GYIRONG=吉隆口岸'], io), lines.join('\n')).toBe(0);
  return { name, owner, zhangmu: cluster.url(name, 'office_zhangmu'), gyirong: cluster.url(name, 'office_gyirong'), committee: cluster.url(name, 'committee') };
}
