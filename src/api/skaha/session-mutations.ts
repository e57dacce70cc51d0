import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { skahaKeys } from './skaha-keys';
import type { LaunchableType } from './session-schemas';

export interface RegistryCredentials {
  username: string;
  secret: string;
}

export interface LaunchRequest {
  name: string;
  image: string;
  type: LaunchableType;
  /** Fixed resources; both absent means flexible. */
  cores?: number | undefined;
  ram?: number | undefined;
  gpus?: number | undefined;
  cmd?: string | undefined;
  args?: string | undefined;
  /** `KEY=VALUE` entries, sent as repeated `env` parameters. */
  env?: readonly string[] | undefined;
  registryAuth?: RegistryCredentials | undefined;
}

/** The form skaha's PostAction reads. */
export function launchForm(request: LaunchRequest): URLSearchParams {
  const form = new URLSearchParams({ name: request.name, image: request.image });
  // An absent type launches headless; the current portal sends it only for interactive kinds.
  if (request.type !== 'headless') form.set('type', request.type);
  if (request.cores !== undefined) form.set('cores', String(request.cores));
  if (request.ram !== undefined) form.set('ram', String(request.ram));
  // skaha's gpus options start at 1: gpus=0 is rejected, so "no GPU" is no parameter at all.
  if (request.gpus !== undefined && request.gpus > 0) form.set('gpus', String(request.gpus));
  if (request.cmd) form.set('cmd', request.cmd);
  if (request.args) form.set('args', request.args);
  for (const entry of request.env ?? []) form.append('env', entry);
  return form;
}

export function registryAuthHeader({ username, secret }: RegistryCredentials): string {
  const bytes = new TextEncoder().encode(`${username}:${secret}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function launchSessionMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'launch'],
    mutationFn: async (request: LaunchRequest) => {
      const headers: Record<string, string> = { Accept: 'text/plain' };
      if (request.registryAuth) headers['x-skaha-registry-auth'] = registryAuthHeader(request.registryAuth);
      const id = await api.text('skaha', '/v1/session', {
        method: 'POST',
        form: launchForm(request),
        headers,
      });
      return sessionIdFrom(id);
    },
    onSettled: (_data, _error, _request, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.sessions() }),
  });
}

/** When skaha took these deletes (skahaKeys.deleteTaken): its 200 does not say they were done. */
function recordDeletesTaken(client: QueryClient, ids: readonly string[]) {
  const now = Date.now();
  for (const id of ids) client.setQueryData(skahaKeys.deleteTaken(id), now);
}

/** skaha answers 200 even for an unknown id; the list poll confirms the session is gone. */
export function deleteSessionMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'delete'],
    mutationFn: async (id: string) => {
      await api.request('skaha', `/v1/session/${encodeURIComponent(id)}`, { method: 'DELETE' });
      return id;
    },
    onSuccess: (id, _id, _result, context) => {
      recordDeletesTaken(context.client, [id]);
    },
    onSettled: (_data, _error, _id, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.sessionLists() }),
  });
}

export interface AttachAppRequest {
  sessionId: string;
  image: string;
}

export function attachDesktopAppMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'attach-app'],
    mutationFn: async ({ sessionId, image }: AttachAppRequest) => {
      const form = new URLSearchParams({ image });
      const appId = await api.text('skaha', `/v1/session/${encodeURIComponent(sessionId)}/app`, {
        method: 'POST',
        form,
        headers: { Accept: 'text/plain' },
      });
      return appId.trim();
    },
    onSettled: (_data, _error, request, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.desktopApps(request.sessionId) }),
  });
}

export function removeDesktopAppMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'remove-app'],
    mutationFn: async ({ sessionId, appId }: { sessionId: string; appId: string }) => {
      const path = `/v1/session/${encodeURIComponent(sessionId)}/app/${encodeURIComponent(appId)}`;
      await api.request('skaha', path, { method: 'DELETE' });
    },
    onSettled: (_data, _error, request, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.desktopApps(request.sessionId) }),
  });
}

export interface ReplicaLaunch {
  /**
   * The launches to send, in order: one, or the replicas of `replicaRequests`, or what is left of them after a
   * launch that stopped part-way (the same names and REPLICA_ID as the first time).
   */
  requests: readonly LaunchRequest[];
  /** Called after each accepted launch with how many of `requests` have been accepted so far. */
  onProgress?: (launched: number) => void;
}

/**
 * The requests the canfar client sends for `--replicas N` (canfar/utils/build.py `create_parameters`): names
 * `<name>-i` when N > 1, and REPLICA_ID and REPLICA_COUNT in every launch, `1` and `1` for a job alone, so a
 * script reading them runs the same from the portal as from the CLI. Only the headless template takes
 * variables (PostAction.getHeadlessImageBundle), so an interactive session gets none.
 */
export function replicaRequests(request: LaunchRequest, replicas: number): LaunchRequest[] {
  const count = Math.max(1, replicas);
  return Array.from({ length: count }, (_, index) => ({
    ...request,
    name: count > 1 ? `${request.name}-${index + 1}` : request.name,
    ...(request.type === 'headless'
      ? { env: [...(request.env ?? []), `REPLICA_ID=${index + 1}`, `REPLICA_COUNT=${count}`] }
      : {}),
  }));
}

/**
 * skaha answers a launch with the new session's id as text/plain. Anything else (an HTML page a proxy
 * answered with 200, say) is not a launch the portal can follow, and is said so rather than shown as a
 * session that does not exist.
 */
export function sessionIdFrom(body: string): string {
  const id = body.trim();
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(id)) return id;
  throw new ApiError({
    service: 'skaha',
    kind: 'malformed',
    status: 200,
    message: 'the answer is not a session id',
    body: body.slice(0, 2000),
  });
}

/**
 * Several calls of which some went through: the first failure's ApiError (so the UI's one error type holds),
 * carrying that failure; each kind says what went through.
 */
abstract class PartialError extends ApiError {
  readonly failure: ApiError;

  constructor(failure: ApiError) {
    super({
      service: failure.service,
      kind: failure.kind,
      status: failure.status,
      message: failure.message,
      body: failure.body,
    });
    this.failure = failure;
  }
}

/** A launch of several replicas that stopped part-way: the call that failed and the ids already accepted. */
export class PartialLaunchError extends PartialError {
  readonly launched: readonly string[];

  constructor(failure: ApiError, launched: readonly string[]) {
    super(failure);
    this.name = 'PartialLaunchError';
    this.launched = launched;
  }
}

/** Anything a skaha call throws, as an ApiError naming skaha (the client already throws only ApiErrors). */
function asSkahaError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    service: 'skaha',
    kind: 'malformed',
    status: 0,
    message: error instanceof Error ? error.message : String(error),
  });
}

/**
 * Launches one session or N replicas, one POST at a time (skaha has no replicas parameter), and
 * refreshes the lists once at the end rather than after every replica. A failure after some were accepted is
 * a PartialLaunchError naming them.
 */
export function launchReplicasMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'launch'],
    mutationFn: async ({ requests, onProgress }: ReplicaLaunch) => {
      // the replicas not sent yet are not sent for whoever signs in next
      const user = api.forCurrentUser();
      const launched: string[] = [];
      for (const single of requests) {
        const headers: Record<string, string> = { Accept: 'text/plain' };
        if (single.registryAuth) headers['x-skaha-registry-auth'] = registryAuthHeader(single.registryAuth);
        try {
          const id = await user.text('skaha', '/v1/session', {
            method: 'POST',
            form: launchForm(single),
            headers,
          });
          launched.push(sessionIdFrom(id));
        } catch (error) {
          if (launched.length === 0) throw error;
          throw new PartialLaunchError(asSkahaError(error), launched);
        }
        onProgress?.(launched.length);
      }
      return launched;
    },
    onSettled: (_data, _error, _request, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.sessions() }),
  });
}

/**
 * A bulk delete that went through for some of the sessions only: the ids deleted and those that were not,
 * which the user may retry.
 */
export class PartialDeleteError extends PartialError {
  readonly deleted: readonly string[];
  readonly failed: readonly string[];

  constructor(failure: ApiError, deleted: readonly string[], failed: readonly string[]) {
    super(failure);
    this.name = 'PartialDeleteError';
    this.deleted = deleted;
    this.failed = failed;
  }
}

/**
 * Deletes several sessions (the headless table's multi-select), a few at a time, then refreshes once. Each
 * delete settles on its own (as with Promise.allSettled, four at a time): one that fails does not hide the
 * others' outcome, told by a PartialDeleteError; when none went through, the first failure is the error.
 */
export function deleteSessionsMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'delete'],
    mutationFn: async (ids: readonly string[]) => {
      const user = api.forCurrentUser();
      const queue = [...ids];
      const failed = new Set<string>();
      let failure: ApiError | undefined;
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          try {
            await user.request('skaha', `/v1/session/${encodeURIComponent(id)}`, { method: 'DELETE' });
          } catch (error) {
            failed.add(id);
            failure ??= asSkahaError(error);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
      if (failure === undefined) return ids;
      if (failed.size === ids.length) throw failure;
      throw new PartialDeleteError(
        failure,
        ids.filter((id) => !failed.has(id)),
        ids.filter((id) => failed.has(id)),
      );
    },
    // as the single delete records: the page then reads out the jobs that go as deleted, not as gone
    onSuccess: (ids, _ids, _result, context) => {
      recordDeletesTaken(context.client, ids);
    },
    onError: (error, _ids, _result, context) => {
      if (error instanceof PartialDeleteError) recordDeletesTaken(context.client, error.deleted);
    },
    onSettled: (_data, _error, _ids, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.sessionLists() }),
  });
}
