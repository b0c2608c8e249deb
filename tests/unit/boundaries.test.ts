import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'http', 'crypto', 'child_process', 'url', 'util', 'events', 'stream', 'net', 'worker_threads']);

describe('architecture boundaries', () => {
  it('shared/ imports no Node, DOM or Electron module', () => {
    for (const file of sources('shared')) {
      for (const spec of importsOf(file)) {
        expect(spec.startsWith('node:') || NODE_BUILTINS.has(spec), `${file} imports ${spec}`).toBe(false);
        expect(spec === 'electron' || spec.startsWith('react'), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('shared/domain never imports shared/contract (the contract is built from the domain, not the other way)', () => {
    const contractDir = path.join(ROOT, 'shared/contract');
    for (const file of sources('shared/domain')) {
      for (const spec of importsOf(file)) {
        const target = spec.startsWith('.') ? path.resolve(ROOT, path.dirname(file), spec) : spec;
        expect(target === contractDir || target.startsWith(contractDir + path.sep), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the core (electron/core) never imports electron', () => {
    for (const file of sources('electron/core')) {
      expect(importsOf(file), file).not.toContain('electron');
    }
  });

  it('the renderer reaches the core only through the API client', () => {
    for (const file of sources('renderer/src')) {
      for (const spec of importsOf(file)) {
        expect(/electron\/(core|main|web|cli)/.test(spec) || spec === 'electron', `${file} imports ${spec}`).toBe(false);
      }
    }
  });
});
