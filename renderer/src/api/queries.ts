import { useCallback } from 'react';
import { QueryClient, hashKey, keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ApiError, ApiResult, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { api, onWriteDone } from './client';
import { answersOfWrite } from './writeAnswers';

/**
 * The renderer's one cache of the core's answers (TanStack Query). An answer is keyed by the
 * contract method and its input, so a request sent before its page is drawn (app/earlyStart.ts)
 * and the page's own ask are one request; a page opened again shows what it showed before while
 * it asks afresh. Every write the core accepts marks every answer out of date: those on screen
 * are asked again at once, the rest when their page opens; except the answers the write itself
 * returned (api/writeAnswers.ts), which take their place in the cache as they are.
 */

/** An answer younger than this is taken as it is: the early start's, or a page's visited a moment ago. */
const FRESH_MS = 5000;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: FRESH_MS,
      // The core's refusals are final (a bad period, no permission): asking again repeats them.
      retry: false,
      // A desktop window being focused again says nothing about the data.
      refetchOnWindowFocus: false,
    },
  },
});

onWriteDone((method, input, value) => {
  const placed = new Set<string>();
  for (const answer of answersOfWrite(method, input, value)) {
    const key = apiQueryKey(answer.method, answer.input as MethodInput<typeof answer.method>);
    queryClient.setQueryData(key, answer.value);
    placed.add(hashKey(key));
  }
  void queryClient.invalidateQueries({ predicate: (query) => !placed.has(query.queryHash) });
});

/** A call the core refused or that could not be made, as a query's error; its message is in Chinese. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

export function apiQueryKey<M extends MethodName>(method: M, input: MethodInput<M>) {
  // (undefined is no JSON: a method without input is keyed by null)
  return [method, input ?? null] as const;
}

/** The query of one contract method and input: for useQuery, prefetchQuery, fetchQuery alike. */
export function apiQuery<M extends MethodName>(method: M, input: MethodInput<M>) {
  const call = api[method] as (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;
  return queryOptions({
    queryKey: apiQueryKey(method, input),
    queryFn: async (): Promise<MethodOutput<M>> => {
      const r = await call(input);
      if (!r.ok) throw new ApiCallError(r.error);
      return r.value;
    },
  });
}

/** Puts an answer a write returned where the read of the same thing keeps it, so it shows at once. */
export function setApiData<M extends MethodName>(method: M, input: MethodInput<M>, update: (old: MethodOutput<M> | undefined) => MethodOutput<M> | undefined): void {
  queryClient.setQueryData(apiQueryKey(method, input), update);
}

export interface ApiQueryState<T> {
  /** the answer; while the next input's answer loads, the last one stays (a month change redraws in place) */
  data: T | null;
  /** why it failed, in Chinese */
  error: string | null;
  /** the core's refusal itself, for its field errors */
  refusal: ApiError | null;
  /** asking (first time or again) */
  loading: boolean;
  /** the answer to this very input is here (data may be null for it: getDay of a day not entered) */
  answered: boolean;
  reload(): void;
}

/**
 * The answer of `method` to `input` (null: nothing to ask yet). An answer to an earlier input
 * never lands under a later one: each input is its own query.
 */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M> | null): ApiQueryState<MethodOutput<M>> {
  const q = useQuery({
    ...apiQuery(method, input as MethodInput<M>),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: q.data ?? null, error: q.error ? q.error.message : null, refusal: q.error instanceof ApiCallError ? q.error.apiError : null, loading: q.isFetching, answered: q.isSuccess && !q.isPlaceholderData, reload };
}

export interface ApiWrite<M extends MethodName> {
  /** sends the write; its answer as the core gave it (a refusal carries the Chinese message and field errors) */
  run(input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>>;
  /** a write is on its way */
  pending: boolean;
}

/**
 * A page's write through the one client: the cache takes what it returns and marks the rest out of
 * date (onWriteDone above), so the page has nothing to reload itself. A refusal is returned, not
 * thrown: the page shows it where it happened.
 */
export function useApiMutation<M extends MethodName>(method: M): ApiWrite<M> {
  const call = api[method] as (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;
  const m = useMutation({ mutationFn: call });
  const { mutateAsync } = m;
  const run = useCallback((input: MethodInput<M>) => mutateAsync(input), [mutateAsync]);
  return { run, pending: m.isPending };
}
