import { isApiError } from '@/api/http/api-error';
import { PartialLaunchError } from '@/api/skaha/session-mutations';
import { countsTowardsLimit, type Session } from '@/api/skaha/session-schemas';
import { otherRegistryIn, registryOf } from './image-ref';
import { hasEmptyEnvValue, hasJobProblem, registryColonFields, type RegistryField } from './launch-request';
import { isReplicaCount, type LaunchFormState } from './launch-state';
import { listedName, nameProblem, nextFreeName, suggestName, type NameProblem } from './session-name';

export interface ReadinessInput {
  state: LaunchFormState;
  /** The user's sessions; undefined while they load. */
  sessions: readonly Session[] | undefined;
  /** Names of launches that got no answer and may exist: never suggested. */
  reserved?: readonly string[];
  maxInteractive: number | undefined;
  /** Used ÷ quota of the home folder; undefined when unknown. */
  homeFraction: number | undefined;
  /** The private-image credentials while their fields are shown: skaha reads none for a listed image. */
  registry?: { user: string; secret: string };
  /** The registries skaha launches from; undefined while they load or when they could not be read. */
  hosts?: readonly string[];
  /**
   * The user's sessions or the platform's options could not be read: a name shown free may be taken, the limit
   * is unknown, and a link's resources would go unseen.
   */
  unchecked?: boolean;
}

/** Why Launch is disabled, in the order the form explains them. */
export type LaunchBlocker = 'unchecked' | 'limit' | 'home' | 'duplicate' | 'job';

export interface Readiness {
  /** The name that will be sent: the user's, or the suggested one. */
  name: string;
  nameProblem: NameProblem | undefined;
  imageMissing: boolean;
  /**
   * The image is on none of the registries skaha launches from. skaha checks only that the reference starts
   * with one (`images.canfar.net.example.org/…` passes), so the form checks the host itself, whole.
   */
  imageOffRegistry: boolean;
  /**
   * Another registry's host at the start of the path on an allowed one (`images.canfar.net/docker.io/…`):
   * skaha takes it, and its pod never gets past pulling.
   */
  imageOtherRegistry: string | undefined;
  /** How many sessions a launch starts: the replicas asked for, or 1 while their number is not valid. */
  replicas: number;
  /** The number of replicas is missing, or not a whole number from 1 to MAX_REPLICAS. */
  replicasProblem: 'required' | 'range' | undefined;
  /** How many sessions count towards the interactive limit. */
  active: number;
  atLimit: boolean;
  /** Whether the session limit is known yet: the user's sessions and the platform's limit both read. */
  limitKnown: boolean;
  homeFull: boolean;
  homeNearlyFull: boolean;
  /** A live session of the user already called this (or one of the replicas' names). */
  duplicate: Session | undefined;
  /** A free name to offer instead of a duplicate. */
  alternative: string;
  /** A headless job's command, arguments or variables hold something skaha would refuse, drop or change. */
  jobProblem: boolean;
  /**
   * A variable has a name and no value (skaha would drop it). Not a blocker: a remembered launch brings its
   * variables back without their values, and the form says so only once Launch is pressed.
   */
  envValueMissing: boolean;
  /** Registry credential fields holding a `:`, which skaha cannot read back. */
  registryColon: RegistryField[];
  /**
   * Registry credential fields left empty for an image not in the list: skaha refuses such a launch without
   * both (SkahaAction.getRegistryAuth).
   */
  registryMissing: RegistryField[];
  blocker: LaunchBlocker | undefined;
}

/** Running or starting, and the user's own session rather than an app inside a desktop. */
const isLive = (session: Session) =>
  session.type !== 'desktop-app' && (session.status === 'Running' || session.status === 'Pending');

/** What is wrong with a number of replicas as the field holds it (undefined: empty). */
export function replicaCountProblem(replicas: number | undefined): 'required' | 'range' | undefined {
  if (replicas === undefined) return 'required';
  return isReplicaCount(replicas) ? undefined : 'range';
}

/**
 * The names a launch creates, as skaha lists them (listedName): the name itself, or `name-1..N` for replicas
 * (session-mutations.ts).
 */
export function launchedNames(name: string, replicas: number): string[] {
  const sent =
    replicas <= 1 ? [name] : Array.from({ length: replicas }, (_, index) => `${name}-${index + 1}`);
  return sent.map(listedName);
}

/** Everything the form needs to say before a launch is sent: pure, so it is tested on its own. */
export function launchReadiness({
  state,
  sessions,
  reserved = [],
  maxInteractive,
  homeFraction,
  registry,
  hosts,
  unchecked = false,
}: ReadinessInput): Readiness {
  const all = sessions ?? [];
  const taken = [...all.map((session) => session.name), ...reserved];
  const name = state.name ?? suggestName(state.type, taken);
  const replicasProblem = state.type === 'headless' ? replicaCountProblem(state.replicas) : undefined;
  const replicas = state.type === 'headless' && replicasProblem === undefined ? (state.replicas ?? 1) : 1;
  const active = all.filter(countsTowardsLimit).length;
  const atLimit =
    state.type !== 'headless' &&
    maxInteractive !== undefined &&
    sessions !== undefined &&
    active >= maxInteractive;
  const homeFull = homeFraction !== undefined && homeFraction >= 1;
  const homeNearlyFull = homeFraction !== undefined && homeFraction >= 0.9 && !homeFull;
  const names = new Set(launchedNames(name, replicas));
  const duplicate = all.find((session) => isLive(session) && names.has(session.name.toLowerCase()));
  const problem = nameProblem(name, replicas);
  const jobProblem = hasJobProblem(state);
  const imageMissing = state.image.trim() === '' || state.image.endsWith('/');
  return {
    name,
    nameProblem: problem,
    imageMissing,
    imageOffRegistry:
      !imageMissing &&
      hosts !== undefined &&
      hosts.length > 0 &&
      registryOf(state.image, hosts) === undefined,
    imageOtherRegistry: imageMissing || hosts === undefined ? undefined : otherRegistryIn(state.image, hosts),
    replicas,
    replicasProblem,
    active,
    atLimit,
    limitKnown: state.type === 'headless' || (maxInteractive !== undefined && sessions !== undefined),
    homeFull,
    homeNearlyFull,
    duplicate: problem ? undefined : duplicate,
    alternative: nextFreeName(name, taken),
    jobProblem,
    envValueMissing: state.type === 'headless' && hasEmptyEnvValue(state),
    registryColon: registry ? registryColonFields(registry) : [],
    registryMissing: registry ? (['user', 'secret'] as const).filter((field) => registry[field] === '') : [],
    blocker: unchecked
      ? 'unchecked'
      : atLimit
        ? 'limit'
        : homeFull
          ? 'home'
          : duplicate && !problem
            ? 'duplicate'
            : jobProblem
              ? 'job'
              : undefined,
  };
}

/** Whether pressing Launch now sends anything (the form still shows why not). */
export const canSend = (readiness: Readiness) =>
  readiness.nameProblem === undefined &&
  !readiness.imageMissing &&
  !readiness.imageOffRegistry &&
  readiness.imageOtherRegistry === undefined &&
  readiness.replicasProblem === undefined &&
  !readiness.envValueMissing &&
  readiness.registryColon.length === 0 &&
  readiness.registryMissing.length === 0 &&
  readiness.blocker === undefined;

/**
 * Why the `canfar create` line would be refused as it stands: the platform's own checks, which the client meets
 * as the form does. The portal's own blocks (a full home, a duplicate name) and the registry fields, which the
 * line does not carry, leave it to be copied.
 */
export type CliProblem = 'limit' | 'name' | 'image' | 'replicas' | 'job';

export function cliProblem(readiness: Readiness): CliProblem | undefined {
  if (readiness.atLimit) return 'limit';
  if (readiness.nameProblem !== undefined) return 'name';
  if (readiness.imageOffRegistry || readiness.imageOtherRegistry !== undefined) return 'image';
  if (readiness.replicasProblem !== undefined) return 'replicas';
  if (readiness.jobProblem || readiness.envValueMissing) return 'job';
  return undefined;
}

/**
 * A failed launch that may pass as it is: a sign-in now renewed (a 401, or skaha's 400 for a caller it saw as
 * no one), skaha's own 503 (and, as far as this function goes, a 5xx or no answer, though the page first
 * checks whether those went through: launch-outcome.ts). skaha's other 4xx refusals need the form changed,
 * and a partial replica launch would start the launched replicas twice.
 */
export function isWorthRetrying(error: unknown): boolean {
  if (!isApiError(error) || error instanceof PartialLaunchError) return false;
  return error.kind !== 'http' || error.status >= 500 || error.isUnauthorized;
}
