import { getPlatform } from './fake-platform';

/** The id the fake platform gave a job of jdoe's. */
export function jobId(name: string): string {
  const job = getPlatform().skaha.sessions.find((record) => record.name === name);
  if (!job) throw new Error(`no job ${name}`);
  return job.id;
}

/**
 * Mantine gives focus back to a dialog's opener 10 ms after the dialog closes (useFocusReturn): a check that
 * focus stayed where it was waits past that.
 */
export const afterFocusReturn = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 50);
  });
