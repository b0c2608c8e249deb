import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDesktopApp, type ElectronApi } from '../../electron/main/desktopApp';
import { createElectronStub } from './electron/electronStub';
import { tempDir } from './helpers/tempCore';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Packages only the renderer uses (Vite bundles them) and tools only the build uses. */
const RENDERER_AND_BUILD = ['react', 'react-dom', 'antd', '@ant-design/icons', 'recharts', 'i18next', 'react-i18next', 'dayjs', '@fontsource/noto-sans-sc', 'vite', 'tsx', 'electron', 'electron-vite'];

/** The packages the main process's sources import by name (what stays outside its bundle). */
function mainProcessImports(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'([^'.][^']*)'/g)) {
          const spec = m[1]!;
          if (spec.startsWith('node:')) continue;
          found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        }
      }
    }
  };
  walk(path.join(ROOT, 'electron'));
  walk(path.join(ROOT, 'shared'));
  return found;
}

describe('what the installer ships', () => {
  it('the production dependency tree holds no renderer package and no build tool', () => {
    const tree = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' });
    const names = new Set(
      tree
        .split('\n')
        .filter((line) => line.includes('node_modules'))
        .map((line) => line.slice(line.lastIndexOf('node_modules') + 'node_modules/'.length)),
    );
    expect(names.size).toBeGreaterThan(0);
    // dayjs is there only because exceljs (the main process's workbook reader) requires it itself.
    expect(RENDERER_AND_BUILD.filter((name) => names.has(name))).toEqual(['dayjs']);
    const whyDayjs = execFileSync('npm', ['ls', '--omit=dev', '--all', 'dayjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(whyDayjs.split('\n').filter((l) => /[└├]/.test(l)).map((l) => l.replace(/^[\s│└├─┬]+/, '').split('@')[0])).toEqual(['exceljs', 'dayjs']);
  });

  it('dependencies are exactly the packages the main process loads at run time', () => {
    // electron is the runtime itself; chinese-days is only data, which Vite puts in the bundle.
    const bundled = new Set(['electron', 'chinese-days']);
    const needed = [...mainProcessImports()].filter((name) => !bundled.has(name)).sort();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(needed);
    for (const name of RENDERER_AND_BUILD) expect(pkg.devDependencies, name).toHaveProperty([name]);
  });

  it('flips the Electron fuses a packaged app needs', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:\s+\w+: \w+\n)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries([...block.matchAll(/(\w+): (\w+)/g)].map((m) => [m[1], m[2]]));
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
  });

  it('the `clearance` command runs the built JavaScript, not TypeScript', () => {
    const bin = fs.readFileSync(path.join(ROOT, 'bin/clearance.mjs'), 'utf8');
    expect(bin).toContain("'out', 'main', 'cli.js'");
    expect(bin).not.toMatch(/tsx/);
  });
});

describe('ELECTRON_RENDERER_URL (electron-vite dev) against the electron stub', () => {
  async function windowLoads(isPackaged: boolean): Promise<string | null> {
    const stub = createElectronStub();
    (stub.electron.app as { isPackaged: boolean }).isPackaged = isPackaged;
    const outDir = path.join(tempDir(), 'out');
    const app = await startDesktopApp(stub.electron as unknown as ElectronApi, {
      outDir,
      dataDir: tempDir(),
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' },
    });
    try {
      return stub.windows[0]!.loaded;
    } finally {
      await app!.core.close();
    }
  }

  it('is honoured while developing', async () => {
    expect(await windowLoads(false)).toBe('http://localhost:5173/');
  });

  it('is ignored by a packaged app, which loads its own page', async () => {
    expect(await windowLoads(true)).toMatch(/renderer[\\/]index\.html$/);
  });
});
