import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

describe('preload', () => {
  it('exposes exactly one function per contract method and nothing else', async () => {
    await import('../../../electron/preload/index');
    expect(Object.keys(exposed)).toEqual(['clearanceApi']);
    const api = exposed.clearanceApi as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with the input only', async () => {
    await import('../../../electron/preload/index');
    const api = exposed.clearanceApi as Record<string, (input: unknown) => Promise<unknown>>;
    await api.getDay!({ portId: 1, date: '2025-06-03' });
    expect(invoke).toHaveBeenLastCalledWith('api:getDay', { portId: 1, date: '2025-06-03' });
  });
});
