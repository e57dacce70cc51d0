import { badRequest, notFound } from '../errors';
import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S, PENDING_MS, sessionTypes } from './catalog';
import type { LaunchContext, Params } from './launch-rules';
import {
  checkImageHost,
  checkRegistryAuth,
  checkSessionLimit,
  nameLabel,
  resourceOption,
} from './launch-rules';
import type { StuckReason } from './model';
import { visibleSessions } from './model';
import { headlessCommand } from './headless-bundle';
import { imageCache, registryHas } from './image-cache';
import { buildRecord, freshId } from './records';

/** POST /v1/session, validated in PostAction's order; returns the new session id. */
export function launchSession(ctx: LaunchContext, params: Params, registryAuth: string | null): string {
  const { data, harbor, now, random, account } = ctx;
  const image = params.get('image');
  if (image === null) throw badRequest("Missing parameter 'image'");
  checkImageHost(data, image);
  const typeParam = params.get('type');
  const type =
    typeParam === null ? 'headless' : sessionTypes.find((known) => known === typeParam.toLowerCase());
  if (type === undefined) throw badRequest('Invalid session type');
  const cores = resourceOption(params, 'cores', data.context.cores.options);
  const ram = resourceOption(params, 'ram', data.context.memoryGB.options);
  const name = params.get('name');
  if (name === null) throw badRequest("Missing parameter 'name'");
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw badRequest("name can only contain alpha-numeric chars and '-'");
  if (type !== 'headless') checkSessionLimit(ctx);
  const gpusParam = params.get('gpus');
  const gpus = gpusParam === null ? 0 : Number(gpusParam.trim());
  if (
    gpusParam !== null &&
    (!/^\s*[+-]?\d+\s*$/.test(gpusParam) || !data.context.gpus.options.includes(gpus))
  ) {
    throw badRequest(`Invalid value for 'gpus': ${gpusParam}`);
  }
  // SkahaAction.getPublicImage: an image its list does not have is taken for private, pulled with the user's
  // registry credentials
  if (!imageCache(harbor).some((candidate) => candidate.id === image)) checkRegistryAuth(registryAuth);
  // built last, in createSession, as skaha does: the job's YAML, then its labels
  const command =
    type === 'headless'
      ? headlessCommand(params.get('cmd'), params.get('args'), params.getAll('env'))
      : undefined;
  const label = nameLabel(name);
  // an image the registry does not have is accepted, then its pod never gets past pulling
  const stuck: StuckReason | undefined = registryHas(harbor, image) ? undefined : 'image-pull';
  const id = freshId(random, (candidate) => data.sessions.some((record) => record.id === candidate), 8);
  // desktop and firefly templates hard-code their resources, so cores/ram are ignored for them (firefly's
  // are fixed all the same: model.fixedResources)
  const ownResources = type !== 'desktop' && type !== 'firefly';
  data.sessions.push(
    buildRecord(random, {
      id,
      userid: account.username,
      uid: account.uid,
      supplementalGroups: [...account.groups],
      image,
      type,
      name: label,
      createdAt: now,
      startAt: stuck ? null : now + (data.pendingMs ?? PENDING_MS),
      stuck,
      deadlineS: type === 'headless' ? HEADLESS_LIFETIME_S : INTERACTIVE_LIFETIME_S,
      fixed:
        ram !== undefined && ownResources
          ? { cores: cores ?? data.context.cores.defaultRequest, ramGB: ram }
          : undefined,
      gpus,
      ...(type === 'headless'
        ? {
            runS: random.int(45, 90),
            outcome: 'Completed' as const,
            command,
          }
        : {}),
    }),
  );
  return id;
}

/** POST /v1/session/{id}/app: a desktop-app inside the caller's Running desktop; returns its 3-char id. */
export function attachDesktopApp(ctx: LaunchContext, sessionId: string, params: Params): string {
  const { data, now, random, account } = ctx;
  const image = params.get('image');
  if (image === null) throw badRequest("Missing parameter 'image'");
  const cores = resourceOption(params, 'cores', data.context.cores.options);
  const ram = resourceOption(params, 'ram', data.context.memoryGB.options);
  const desktop = visibleSessions(data, now).find(
    ({ record, phase }) =>
      record.id === sessionId &&
      record.userid === account.username &&
      record.type === 'desktop' &&
      phase.status === 'Running',
  );
  if (!desktop) throw notFound(`session ${sessionId} not found`);
  checkImageHost(data, image);
  const appid = freshId(
    random,
    (candidate) => data.sessions.some((r) => r.id === sessionId && r.appid === candidate),
    3,
  );
  data.sessions.push(
    buildRecord(random, {
      id: sessionId,
      appid,
      userid: account.username,
      uid: account.uid,
      supplementalGroups: [...account.groups],
      image,
      type: 'desktop-app',
      name: (/\/([^/:]+)(?::[^/]*)?$/.exec(image)?.[1] ?? 'app').toLowerCase(),
      createdAt: now,
      startAt: now + (data.pendingMs ?? PENDING_MS),
      deadlineS: INTERACTIVE_LIFETIME_S,
      fixed:
        ram === undefined ? undefined : { cores: cores ?? data.context.cores.defaultRequest, ramGB: ram },
    }),
  );
  return appid;
}
