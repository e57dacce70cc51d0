import { ApiError, isUnanswered } from '../http/api-error';
import { JobFailedError } from './job-failed-error';
import { readText, type ApiClient } from '../http/client';
import { VOS_NS } from './vospace-names';

export const UWS_NS = 'http://www.ivoa.net/xml/UWS/v1.0';

export type JobPhase =
  | 'PENDING'
  | 'QUEUED'
  | 'EXECUTING'
  | 'COMPLETED'
  | 'ERROR'
  | 'ABORTED'
  | 'UNKNOWN'
  | 'HELD'
  | 'SUSPENDED'
  | 'ARCHIVED';

const PHASES: readonly JobPhase[] = [
  'PENDING',
  'QUEUED',
  'EXECUTING',
  'COMPLETED',
  'ERROR',
  'ABORTED',
  'UNKNOWN',
  'HELD',
  'SUSPENDED',
  'ARCHIVED',
];
const isPhase = (value: string): value is JobPhase => PHASES.some((phase) => phase === value);

export interface UwsJob {
  id: string;
  phase: JobPhase;
  /** The job's `errorSummary` message, when it failed. */
  error: string | undefined;
  /**
   * The vos URI the job acts on, when its document names it: async-delete's `target` parameter, or the transfer
   * or node document it was given (`uws:jobInfo`).
   */
  target: string | undefined;
}

const FINAL: ReadonlySet<JobPhase> = new Set(['COMPLETED', 'ERROR', 'ABORTED', 'ARCHIVED']);
export const isFinalPhase = (phase: JobPhase) => FINAL.has(phase);

function uwsText(document: Document, localName: string): string | undefined {
  const text = document.getElementsByTagNameNS(UWS_NS, localName)[0]?.textContent.trim();
  return text === '' ? undefined : text;
}

/** A `uws:job` document (cadc-uws, UWS 1.1). */
export function parseJobDocument(document: Document): UwsJob {
  const phase = uwsText(document, 'phase')?.toUpperCase() ?? '';
  const id = uwsText(document, 'jobId');
  if (!id || !isPhase(phase)) {
    throw new ApiError({
      service: 'storage',
      kind: 'malformed',
      status: 200,
      message: 'not a UWS job document',
    });
  }
  const summary = document.getElementsByTagNameNS(UWS_NS, 'errorSummary')[0];
  const message = summary?.getElementsByTagNameNS(UWS_NS, 'message')[0]?.textContent.trim();
  return { id, phase, error: message === '' ? undefined : message, target: jobTarget(document) };
}

function jobTarget(document: Document): string | undefined {
  const parameter = [...document.getElementsByTagNameNS(UWS_NS, 'parameter')].find(
    (element) => element.getAttribute('id') === 'target',
  );
  const info = document.getElementsByTagNameNS(UWS_NS, 'jobInfo')[0];
  const target =
    parameter?.textContent ??
    info?.getElementsByTagNameNS(VOS_NS, 'target')[0]?.textContent ??
    info?.getElementsByTagNameNS(VOS_NS, 'node')[0]?.getAttribute('uri') ??
    '';
  return target.trim() === '' ? undefined : target.trim();
}

function toDocument(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

/** The job's path below the service base, from the URL fetch landed on after cavern's 303. */
function jobPath(api: ApiClient, response: Response): string {
  const base = new URL(api.url('storage', ''), location.href).pathname.replace(/\/+$/, '');
  const landed = new URL(response.url, location.href).pathname;
  if (!landed.startsWith(`${base}/`)) {
    throw new ApiError({
      service: 'storage',
      kind: 'malformed',
      status: 200,
      message: `unexpected job URL ${landed}`,
    });
  }
  return landed.slice(base.length);
}

export interface RunJobOptions {
  /** Creates the job: a POST that cavern answers with 303 to the job (which fetch follows). */
  create: () => Promise<Response>;
  onPhase?: (phase: JobPhase) => void;
  signal?: AbortSignal | undefined;
}

/** The job at `path`, read after `failure`; a job that never started, or a read that fails too, is `failure`. */
async function readJobAfter(
  api: ApiClient,
  path: string,
  failure: unknown,
  signal: AbortSignal | undefined,
): Promise<UwsJob> {
  let job: UwsJob;
  try {
    job = parseJobDocument(toDocument(await api.text('storage', path, { signal })));
  } catch {
    throw failure;
  }
  if (job.phase === 'PENDING') throw failure;
  return job;
}

/**
 * Runs a UWS job to its end: create, `PHASE=RUN`, then blocking polls with `WAIT` (cavern holds the answer
 * until the phase changes or the wait ends). Resolves with the final job; the caller reads its phase.
 */
export async function runJob(api: ApiClient, options: RunJobOptions): Promise<UwsJob> {
  const created = await options.create();
  const path = jobPath(api, created);
  let job = parseJobDocument(toDocument(await readText('storage', created, options.signal)));
  options.onPhase?.(job.phase);
  try {
    const started = await api.request('storage', `${path}/phase`, {
      form: new URLSearchParams({ PHASE: 'RUN' }),
      signal: options.signal,
    });
    job = parseJobDocument(toDocument(await readText('storage', started, options.signal)));
  } catch (error) {
    // The answer to RUN was lost, not the job: its own document says whether it started, and it is followed.
    if (!isUnanswered(error)) throw error;
    job = await readJobAfter(api, path, error, options.signal);
  }
  options.onPhase?.(job.phase);
  while (!isFinalPhase(job.phase)) {
    const polled = await api.text('storage', path, {
      query: { WAIT: 6 },
      signal: options.signal,
      timeoutMs: 30_000,
    });
    job = parseJobDocument(toDocument(polled));
    options.onPhase?.(job.phase);
  }
  return job;
}

/** A job that ended other than COMPLETED, as an error carrying the job's own message. */
export const jobFailure = (job: UwsJob): JobFailedError => new JobFailedError(job);
