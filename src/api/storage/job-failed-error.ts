import { ApiError } from '../http/api-error';

// Its own module, without the job reader: every page's error wording tells this failure apart
// (components/describe-error.ts), and the storage code stays out of the first page's bytes.

/**
 * A job that ended other than COMPLETED. Every answer on its way was a 200 (the status is that of the job
 * document, never one cavern sent for the failure), so it is told as the job's failure, in cavern's words: its
 * `errorSummary` (`PermissionDenied`, `NodeNotFound`, …), which cavern leaves out when a recursive job changed
 * nothing (AbstractRecursiveRunner).
 */
export class JobFailedError extends ApiError {
  readonly phase: string;
  /** The job's `errorSummary` message, when it has one. */
  readonly summary: string | undefined;
  /** The vos URI the job acted on, when its document names it. */
  readonly target: string | undefined;

  constructor(job: { phase: string; error: string | undefined; target: string | undefined }) {
    super({ service: 'storage', kind: 'http', status: 200, message: job.error ?? `job ended ${job.phase}` });
    this.name = 'JobFailedError';
    this.phase = job.phase;
    this.summary = job.error;
    this.target = job.target;
  }
}
