import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../renderer/src/api/client';
import { apiQuery, apiQueryKey, queryClient } from '../../renderer/src/api/queries';

/** A desktop bridge that accepts every call and answers `null`, recording what was called. */
function acceptingBridge() {
  const called: string[] = [];
  const bridge = new Proxy({} as Record<string, (input: unknown) => Promise<{ ok: true; value: unknown }>>, {
    get: (_t, method: string) => async () => {
      called.push(method);
      return { ok: true as const, value: null };
    },
  });
  return { bridge, called };
}

describe('the renderer’s query cache', () => {
  it('keys an answer by contract method and input, whatever the order of the input’s fields', () => {
    const a = apiQuery('getDashboardKpis', { portIds: [1], period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' } });
    const b = apiQuery('getDashboardKpis', { period: { to: '2025-06-30', from: '2025-06-01', kind: 'month' }, portIds: [1] });
    queryClient.setQueryData(a.queryKey, { marker: 1 } as never);
    expect(queryClient.getQueryData(b.queryKey)).toEqual({ marker: 1 });
    expect(apiQueryKey('listPorts', undefined)).toEqual(['listPorts', null]);
    queryClient.clear();
  });

  it('marks every kept answer out of date after a write the core accepted, and not after a read', async () => {
    const { bridge, called } = acceptingBridge();
    const client = createApiClient(bridge);
    const ports = apiQueryKey('listPorts', undefined);
    const month = apiQueryKey('getCalendarMonth', { portId: 1, month: '2025-06' });
    queryClient.setQueryData(ports, []);
    queryClient.setQueryData(month, { month: '2025-06' } as never);

    await client.getDay({ portId: 1, date: '2025-06-01' });
    expect(queryClient.getQueryState(ports)?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(month)?.isInvalidated).toBe(false);

    await client.changeOwnPassword({ currentPassword: 'old-password-1', newPassword: 'new-password-1' });
    expect(called).toEqual(['getDay', 'changeOwnPassword']);
    expect(queryClient.getQueryState(ports)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(month)?.isInvalidated).toBe(true);
    queryClient.clear();
  });

  it('keeps a failed call as the query’s error, with its message in Chinese', async () => {
    // The queries go through the app's own client; over HTTP with no host to answer, the call fails.
    await expect(queryClient.fetchQuery(apiQuery('listPorts', undefined))).rejects.toThrow('无法连接本机服务');
    expect(queryClient.getQueryState(apiQueryKey('listPorts', undefined))?.status).toBe('error');
    queryClient.clear();
  });
});
