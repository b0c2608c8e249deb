import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { ExportJob } from '../../../../shared/contract/importExport';
import { api } from '../../api/client';

const POLL_MS = 250;

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running'; job: ExportJob }
  | { kind: 'done'; job: ExportJob }
  | { kind: 'failed'; message: string };

/** The desktop app saves through its own dialog; the browser downloads from the host. */
const inDesktopApp = () => typeof window !== 'undefined' && window.clearanceApi !== undefined;

/**
 * Fetches a finished export once: the browser follows the host's one-time download link (the file
 * streams to disk, never through the page's memory); the desktop app asks where to save it.
 * Returns an error message, or null.
 */
async function fetchFile(job: ExportJob): Promise<string | null> {
  if (inDesktopApp()) {
    const r = await api.saveExportFile({ jobId: job.jobId });
    return r.ok ? null : r.error.message;
  }
  const a = document.createElement('a');
  a.href = `/download/${encodeURIComponent(job.downloadToken ?? '')}`;
  a.download = job.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return null;
}

/**
 * One export from the Export panel: the core writes the file in the background while the panel polls
 * the rows written, then the file is fetched.
 */
export function useExportJob(onDone: (job: ExportJob) => void) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const current = useRef<string | null>(null);

  useEffect(
    () => () => {
      current.current = null;
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const poll = async (jobId: string) => {
    if (current.current !== jobId) return;
    const r = await api.getExportJob({ jobId });
    if (current.current !== jobId) return;
    if (!r.ok) return setState({ kind: 'failed', message: r.error.message });
    const job = r.value;
    if (job.status === 'running') {
      setState({ kind: 'running', job });
      timer.current = setTimeout(() => void poll(jobId), POLL_MS);
      return;
    }
    if (job.status === 'failed') return setState({ kind: 'failed', message: job.error?.message ?? '' });
    setState({ kind: 'done', job });
    const error = await fetchFile(job);
    if (error) return setState({ kind: 'failed', message: error });
    onDone(job);
  };

  const start = async (request: MethodInput<'startExport'>) => {
    setState({ kind: 'starting' });
    const r = await api.startExport(request);
    if (!r.ok) return setState({ kind: 'failed', message: r.error.message });
    current.current = r.value.jobId;
    setState({ kind: 'running', job: { jobId: r.value.jobId, status: 'running', rowsWritten: 0, rowsTotal: r.value.rowsTotal, fileName: '', includesDemo: false, error: null, downloadToken: null } });
    await poll(r.value.jobId);
  };

  return { state, start };
}
