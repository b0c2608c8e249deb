import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/store/migrations';
import { CENTRAL_MIGRATIONS } from '../../electron/core/central/migrations';

const ROOT = path.resolve(import.meta.dirname, '../../electron/core');

/**
 * Each landed migration's SHA-256. A migration is frozen once it has landed: a store migrated by it
 * must stay what a fresh store is migrated to. A mistake is fixed by a new migration, never by an
 * edit, so a changed hash here is a bug, not a hash to update. A new migration adds its line.
 */
const LANDED: Record<string, string> = {
  // the office store (SQLite), electron/core/store/migrations
  '0001_foundation': '82f6627401a217ac71ded1ed619a03b309e68fa43d032a057f3bda68db43ea32',
  '0002_import_mappings': '51054eea5366cbb7f0ad0c45c6787741d987646e3fd5aa629657efcc0681a797',
  '0003_calendar': 'ac5c1e4c6e30251ad907e7da20a392cacb65d7ad653216564efc1be3b80011f3',
  '0004_measures': '0934e88888e9e326cd958f54a4fc7aeb4a8fdea9ba8f5520396c37045ced61ec',
  '0005_accounts_audit': '86021995b7e39b3f676043c38e0a06e28ca89ccc284d5c3f56326e0a101c5e78',
  '0006_briefing_remarks': '6d4a141b8c064dcbfa3ed4efaa52956489150c961b37758c4507591fbf9d269a',
  '0010_briefing_issues': '260990ea5605155a9b816b97ba65f84ec9c1f1da7486e2a1f7b5dc8e50f7032d',
  '0011_trs_declarations': '47d00f47476b141cb5a7703c413596568922bea3966be622da8e85573f55bcb7',
  '0012_central_sync': '3b39acadb79766e484dd95466d9a83c81494e401e9f67970f5af3ce13d0688fb',
  '0013_value_provenance': '8c894d3f279ecfbb01f3cbc2b9fa7a6bdf9f90c598b3c6dc732e7018613321ea',
  '0014_port_status': '595e10beec7c98552183f7786f270c437db42792158d60975a5e2c2cb0c3d67b',
  '0016_central_held_and_pulled': '0e4c9f44df2a92c7bc1cf5e648b679624a1beb8cdb6e8b4be05b3b0fb915cd2a',
};

/** The central database's own list (PostgreSQL), electron/core/central/migrations. */
const CENTRAL_LANDED: Record<string, string> = {
  '0001_central': '7a0d2e41bbc17a0e9dcf9782a0209f1d2093270a291862bc613a5b3a6082b972',
  '0002_central_serve': '36fe34e2f2412709c1409bfd0a77435f19f695ee1abe13a2f0421d1b2af4963b',
  '0003_value_sources': '3d24438500a10d2d339af0f8d5d59a5af622f4b6a1b07ce6f0871a12509c8f9d',
  '0005_office_documents_read': 'ee12255127b92a73d4ecdc8889c05fa9cade0afd5e8a14879e3f57078ffd4e52',
};

const LISTS = [
  { dir: path.join(ROOT, 'store/migrations'), migrations: MIGRATIONS, landed: LANDED },
  { dir: path.join(ROOT, 'central/migrations'), migrations: CENTRAL_MIGRATIONS, landed: CENTRAL_LANDED },
];

const source = (dir: string, name: string) => fs.readFileSync(path.join(dir, `${name}.ts`), 'utf8');

describe('migrations are frozen', () => {
  it.each(LISTS)('every migration file in $dir is listed, in order, with the hash it landed with', ({ dir, migrations, landed }) => {
    const files = fs.readdirSync(dir).filter((f) => /^\d{4}_.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(Object.keys(migrations)).toEqual(files);
    expect(Object.keys(landed)).toEqual(files);
    for (const name of files) expect(createHash('sha256').update(source(dir, name)).digest('hex'), name).toBe(landed[name]);
  });

  it('a migration imports nothing but Kysely: live code changing later must not change what it writes', () => {
    for (const { dir, migrations } of LISTS) for (const name of Object.keys(migrations)) {
      const imports = [...source(dir, name).matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect(imports, name).toEqual(['kysely']);
    }
  });
});
