import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJob } from '../../../../shared/contract/importExport';
import type { MethodInput } from '../../../../shared/contract';
import type { ColumnMapping } from '../../../../shared/domain/import/headerMatch';
import { formatBytes } from '../../../../shared/domain/format';
import { MAX_IMPORT_BYTES } from '../../../../shared/domain/import/limits';
import { api } from '../../api/client';
import i18n from '../../i18n';
import { readFileAsBase64 } from './fileTransfer';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string }
  | { kind: 'running'; job: ImportJob }
  | { kind: 'needsMapping'; job: ImportJob }
  | { kind: 'done'; job: ImportJob; applying: boolean; applyError: string | null }
  | { kind: 'applied'; job: ImportJob }
  | { kind: 'failed'; fileName: string; message: string; details: string[] }
  | { kind: 'cancelled' };

const POLL_MS = 200;

/**
 * One import from the Import page: the file goes to the core once, then the page polls the job for
 * progress until it asks for a mapping, shows a preview or fails. The file stays here so that a
 * corrected mapping can be tried without choosing the file again.
 */
export function useImportJob({ portId }: { portId: number | null }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const file = useRef<{ name: string; base64: string } | null>(null);
  const jobId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stopPolling = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const poll = useCallback(async (id: string) => {
    if (jobId.current !== id) return;
    const r = await api.getImportJob({ jobId: id });
    if (jobId.current !== id) return;
    if (!r.ok) return setState({ kind: 'failed', fileName: file.current?.name ?? '', message: r.error.message, details: [] });
    const job = r.value;
    switch (job.status) {
      case 'running':
        setState({ kind: 'running', job });
        timer.current = setTimeout(() => void poll(id), POLL_MS);
        return;
      case 'needsMapping':
        return setState({ kind: 'needsMapping', job });
      case 'done':
        return setState({ kind: 'done', job, applying: false, applyError: null });
      case 'failed':
        return setState({ kind: 'failed', fileName: job.fileName, message: job.error?.message ?? '', details: job.error?.details ?? [] });
      case 'applied':
        return setState({ kind: 'applied', job });
      default:
        return setState({ kind: 'cancelled' });
    }
  }, []);

  const begin = useCallback(
    async (mappings?: Record<string, ColumnMapping>) => {
      const f = file.current;
      if (!f) return;
      stopPolling();
      // A new try with another mapping replaces the job before it (its preview is let go).
      const previous = jobId.current;
      jobId.current = null;
      if (previous) void api.cancelImport({ jobId: previous });
      setState({ kind: 'uploading', fileName: f.name });
      const r = await api.startImport({ fileName: f.name, contentBase64: f.base64, defaultPortId: portId, ...(mappings ? { mappings } : {}) });
      if (!r.ok) {
        const details = Array.isArray(r.error.details) ? r.error.details.map(String) : [];
        return setState({ kind: 'failed', fileName: f.name, message: r.error.message, details });
      }
      jobId.current = r.value.jobId;
      await poll(r.value.jobId);
    },
    [portId, poll],
  );

  const start = useCallback(
    async (chosen: File) => {
      // A file over the cap is refused here, before it is read into memory and sent.
      if (chosen.size > MAX_IMPORT_BYTES) {
        file.current = null;
        return setState({
          kind: 'failed',
          fileName: chosen.name,
          message: i18n.t('importExport:tooLarge', { size: formatBytes(chosen.size), max: formatBytes(MAX_IMPORT_BYTES) }),
          details: [],
        });
      }
      setState({ kind: 'uploading', fileName: chosen.name });
      try {
        file.current = { name: chosen.name, base64: await readFileAsBase64(chosen) };
      } catch {
        return setState({ kind: 'failed', fileName: chosen.name, message: i18n.t('importExport:readFailed'), details: [] });
      }
      await begin();
    },
    [begin],
  );

  /** Cancels a running import or discards a preview; nothing is written either way. */
  const cancel = useCallback(async (next: ImportState = { kind: 'cancelled' }) => {
    stopPolling();
    const id = jobId.current;
    jobId.current = null;
    if (id) await api.cancelImport({ jobId: id });
    setState(next);
  }, []);

  /**
   * Writes the preview; `confirmWarnings` says the clerk has checked the figures far outside the
   * usual range, `closures` what they changed of the proposed closures.
   */
  const apply = useCallback(async (confirmWarnings: boolean, closures: MethodInput<'applyImport'>['closures'] = []) => {
    const id = jobId.current;
    if (state.kind !== 'done' || !id) return;
    setState({ ...state, applying: true, applyError: null });
    const r = await api.applyImport({ jobId: id, confirmWarnings, closures });
    if (!r.ok) return setState({ ...state, applying: false, applyError: r.error.message });
    setState({ kind: 'applied', job: { ...state.job, status: 'applied', result: r.value } });
  }, [state]);

  const reset = useCallback(() => {
    stopPolling();
    jobId.current = null;
    file.current = null;
    setState({ kind: 'idle' });
  }, []);

  // Leaving the page stops a running import: its preview could no longer be seen.
  useEffect(
    () => () => {
      stopPolling();
      const id = jobId.current;
      jobId.current = null;
      if (id) void api.cancelImport({ jobId: id });
    },
    [],
  );

  return { state, start, begin, cancel, apply, reset };
}
