import { badRequest, notFound } from '../errors';
import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S, PENDING_MS, sessionTypes } from './catalog';
import type { LaunchContext, Params } from './launch-rules';
import {
  checkImageHost,
  checkRegistryAuth,
  checkSessionLimit,
  hasText,
  javaTrim,
  nameLabel,
  resourceOption,
} from './launch-rules';
import type { StuckReason } from './model';
import { hasPod, visibleSessions } from './model';
import { headlessCommand } from './headless-bundle';
import { imageCache, registryHas } from './image-cache';
import { buildRecord, freshId } from './records';

/** POST /v1/session, validated in PostAction's order; returns the new session id. */
export function launchSession(ctx: LaunchContext, params: Params, registryAuth: string | null): string {
  const { data, harbor, now, random, account } = ctx;
  const image = params.get('image');
  if (image === null) throw badRequest("Missing parameter 'image'");
  // SessionAction.getRequestedSessionType: no type, or a blank one, launches headless
  const typeParam = params.get('type');
  const requestedType = hasText(typeParam) ? typeParam : 'headless';
  if (!hasText(image)) throw badRequest('image is required');
  checkImageHost(data, image);
  // SessionType.fromApplicationStringType; desktop-app is in skaha's enum too, and a launch of it fails later,
  // building the job from a template the chart does not have: the fake refuses it here
  const type = sessionTypes.find((known) => known === javaTrim(requestedType).toLowerCase());
  if (type === undefined) throw badRequest(`Invalid session type: ${requestedType}`);
  const cores = resourceOption(params, 'cores', data.context.cores.options);
  const ram = resourceOption(params, 'ram', data.context.memoryGB.options);
  const name = params.get('name');
  if (!hasText(name)) throw badRequest("Missing parameter 'name'");
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw badRequest("name can only contain alpha-numeric chars and '-'");
  if (type !== 'headless') checkSessionLimit(ctx);
  // blank is no GPU; Integer.parseInt takes no blanks around the number
  const gpusParam = params.get('gpus');
  const gpus = hasText(gpusParam) ? Number(gpusParam) : 0;
  if (hasText(gpusParam) && (!/^[+-]?\d+$/.test(gpusParam) || !data.context.gpus.options.includes(gpus))) {
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

/**
 * The name skaha gives a desktop-app (SessionAction.getImageName): the image's last path segment with `:`, `.`
 * and `_` made `-`, lower-cased, so `…/astroml:26.03` is `astroml-26-03`.
 */
const desktopAppName = (image: string) =>
  image
    .slice(image.lastIndexOf('/') + 1)
    .replace(/[:._]/g, '-')
    .toLowerCase();

/**
 * POST /v1/session/{id}/app (PostAction.attachDesktopApp): a desktop-app inside the caller's desktop, whose pod
 * need only exist and not be being deleted (Pending will do); neither the image's registry nor credentials
 * are checked. Returns its 3-char id.
 */
export function attachDesktopApp(ctx: LaunchContext, sessionId: string, params: Params): string {
  const { data, harbor, now, random, account } = ctx;
  const image = params.get('image');
  if (image === null) throw badRequest("Missing parameter 'image'");
  const cores = resourceOption(params, 'cores', data.context.cores.options);
  const ram = resourceOption(params, 'ram', data.context.memoryGB.options);
  const desktop = visibleSessions(data, now).find(
    ({ record, phase }) =>
      record.id === sessionId &&
      record.userid === account.username &&
      record.type === 'desktop' &&
      phase.status !== 'Terminating' &&
      hasPod(record, phase),
  );
  if (!desktop) throw notFound(`session ${sessionId} not found`);
  const name = nameLabel(desktopAppName(image));
  // as with a session, an image the registry does not have is taken, and its pod never gets past pulling
  const stuck: StuckReason | undefined = registryHas(harbor, image) ? undefined : 'image-pull';
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
      name,
      createdAt: now,
      startAt: stuck ? null : now + (data.pendingMs ?? PENDING_MS),
      stuck,
      deadlineS: INTERACTIVE_LIFETIME_S,
      fixed:
        ram === undefined ? undefined : { cores: cores ?? data.context.cores.defaultRequest, ramGB: ram },
    }),
  );
  return appid;
}
