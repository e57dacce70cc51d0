import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@/api/api-context';
import {
  launchReplicasMutationOptions,
  PartialLaunchError,
  type LaunchRequest,
} from '@/api/skaha/session-mutations';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import type { Session } from '@/api/skaha/session-schemas';
import { CHECK_PAUSES_MS, findLaunched, isOutcomeUnknown, WATCH_INTERVAL_MS } from './launch-outcome';
import type { LaunchFormState } from './launch-state';

/**
 * One press of Launch and what became of it. The requests are fixed when it is first sent (a suggested name
 * too), so whatever is sent again is exactly what was sent the first time.
 */
export interface LaunchJob {
  form: LaunchFormState;
  /** The single launch, or every replica. */
  requests: readonly LaunchRequest[];
  /** How many of `requests` certainly went through; the next is the one sent, refused or unanswered. */
  done: number;
  sentAt: number;
  /** The sessions listed when it was first sent; undefined when the list was not known. */
  knownIds: ReadonlySet<string> | undefined;
}

export type LaunchOutcome =
  | { phase: 'idle' }
  | { phase: 'sending' }
  /** Every launch went through; the page is on its way to the dashboard. */
  | { phase: 'launched' }
  /** skaha's own refusal, or an expired sign-in: the failed call started nothing. */
  | { phase: 'refused'; error: unknown }
  /** No answer of skaha's: the list is being read to see whether the launch went through. */
  | { phase: 'checking'; error: unknown }
  /** The list has the session the unanswered launch created. */
  | { phase: 'found'; error: unknown; session: Session }
  /** The list does not have it, or could not be read: it may or may not exist. */
  | { phase: 'unknown'; error: unknown; listRead: boolean };

/** `ms` later, or false when `signal` aborts first. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<boolean>((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Sends a launch and finds out what became of one that got no answer: it reads the session list (a few times
 * at first, then now and then while the page is open) for the session the launch would have made, and sends
 * it again only when asked, the same request, after one more read of the list.
 */
export function useLaunchAttempt(
  /**
   * A launch went through (all of it): `leave` when the page should go to the dashboard, with the ids of the
   * sessions this send made (when leaving, none of it was sent before).
   */
  onLaunched: (form: LaunchFormState, leave: boolean, ids?: readonly string[]) => void,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { mutate } = useMutation(launchReplicasMutationOptions(api));
  const [outcome, setOutcome] = useState<LaunchOutcome>({ phase: 'idle' });
  const [job, setJob] = useState<LaunchJob>();
  const [progress, setProgress] = useState(0);
  /** Names of launches that may have gone through, which the form must not suggest again. */
  const [reserved, setReserved] = useState<readonly string[]>([]);
  /** Set synchronously, so a second press before React re-renders sends nothing; stays set once launched. */
  const busy = useRef(false);
  /** Which reading of the list is current: a newer one, a retry or a dismissal ends the older. */
  const watch = useRef(0);
  const stop = useRef(new AbortController());
  useEffect(() => {
    stop.current = new AbortController();
    return () => {
      stop.current.abort();
    };
  }, []);

  /** The session the job's pending launch made, 'absent' if the list lacks it, 'unreadable' if it failed. */
  const readList = useCallback(
    async (current: LaunchJob): Promise<Session | 'absent' | 'unreadable'> => {
      const request = current.requests[current.done];
      try {
        const list = await queryClient.query({ ...sessionListQueryOptions(api), staleTime: 0 });
        const sent = request && { request, sentAt: current.sentAt, knownIds: current.knownIds };
        return (sent && findLaunched(list, sent)) ?? 'absent';
      } catch {
        return 'unreadable';
      }
    },
    [api, queryClient],
  );

  const confirm = useCallback(
    (current: LaunchJob, session: Session, error: unknown) => {
      const next = { ...current, done: current.done + 1 };
      setJob(next);
      if (next.done === next.requests.length) onLaunched(next.form, false);
      setOutcome({ phase: 'found', error, session });
    },
    [onLaunched],
  );

  /**
   * Reads the list after each of the first pauses (from `first` on), then every WATCH_INTERVAL_MS, until it
   * has the launch's session or the reading is ended; the outcome is unknown once the first pauses are over.
   */
  const follow = useCallback(
    async (current: LaunchJob, error: unknown, first: number) => {
      watch.current += 1;
      const id = watch.current;
      const { signal } = stop.current;
      const isCurrent = () => !signal.aborted && watch.current === id;
      for (let read = first; ; read += 1) {
        if (!(await pause(CHECK_PAUSES_MS[read] ?? WATCH_INTERVAL_MS, signal)) || !isCurrent()) return;
        const result = await readList(current);
        if (!isCurrent()) return;
        if (typeof result !== 'string') {
          busy.current = false;
          confirm(current, result, error);
          return;
        }
        if (read + 1 >= CHECK_PAUSES_MS.length) {
          busy.current = false;
          setOutcome({ phase: 'unknown', error, listRead: result === 'absent' });
        }
      }
    },
    [confirm, readList],
  );

  const send = useCallback(
    (current: LaunchJob) => {
      busy.current = true;
      watch.current += 1;
      setJob(current);
      setProgress(current.done);
      setOutcome({ phase: 'sending' });
      mutate(
        {
          requests: current.requests.slice(current.done),
          onProgress: (launched) => {
            setProgress(current.done + launched);
          },
        },
        {
          onSuccess: (ids) => {
            setOutcome({ phase: 'launched' });
            onLaunched(current.form, true, ids);
          },
          onError: (error) => {
            const launched = error instanceof PartialLaunchError ? error.launched.length : 0;
            const next = { ...current, done: current.done + launched };
            setJob(next);
            if (isOutcomeUnknown(error)) {
              setOutcome({ phase: 'checking', error });
              void follow(next, error, 0);
            } else {
              busy.current = false;
              setOutcome({ phase: 'refused', error });
            }
          },
        },
      );
    },
    [follow, mutate, onLaunched],
  );

  /** A new launch of the form as it is, unless one is under way or its outcome unknown. */
  const launch = useCallback(
    (form: LaunchFormState, requests: readonly LaunchRequest[]) => {
      if (busy.current || outcome.phase === 'unknown') return;
      const listed = queryClient.getQueryData(sessionListQueryOptions(api).queryKey);
      send({
        form,
        requests,
        done: 0,
        sentAt: Date.now(),
        knownIds: listed && new Set(listed.map((session) => session.id)),
      });
    },
    [api, outcome.phase, queryClient, send],
  );

  /**
   * After an unknown outcome, the same launch again if the list, read once more, still lacks it; after a
   * replica found, the replicas never sent.
   */
  const retry = useCallback(() => {
    if (busy.current || !job) return;
    if (outcome.phase === 'found') {
      send(job);
      return;
    }
    if (outcome.phase !== 'unknown') return;
    const { error } = outcome;
    busy.current = true;
    watch.current += 1;
    const id = watch.current;
    setOutcome({ phase: 'checking', error });
    void readList(job).then((result) => {
      if (stop.current.signal.aborted || watch.current !== id) return;
      busy.current = false;
      if (result === 'absent') send(job);
      else if (result === 'unreadable') {
        setOutcome({ phase: 'unknown', error, listRead: false });
        void follow(job, error, CHECK_PAUSES_MS.length);
      } else confirm(job, result, error);
    });
  }, [confirm, follow, job, outcome, readList, send]);

  /** Leaves an unknown launch be, to change the form; its names stay out of the suggestions. */
  const dismiss = useCallback(() => {
    if (outcome.phase !== 'unknown' || !job) return;
    watch.current += 1;
    const names = job.requests.slice(job.done).map((request) => request.name);
    setReserved((previous) => [...previous, ...names]);
    setOutcome({ phase: 'idle' });
  }, [job, outcome.phase]);

  return { outcome, job, progress, reserved, launch, retry, dismiss };
}
