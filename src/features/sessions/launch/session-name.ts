import type { LaunchableType } from '@/api/skaha/session-schemas';

/** skaha's own check (PostAction): letters, digits and hyphens only. */
export const NAME_PATTERN = /^[A-Za-z0-9-]+$/;
/**
 * The name becomes the `canfar.net/name` label, which must start and end with a letter or digit: skaha cuts
 * characters off its end until it does (SessionLabels.truncateLabelValue), so `run-` would be listed as `run`
 * and `-run` refused, cut to nothing.
 */
const LABEL_EDGES = /^[A-Za-z0-9](.*[A-Za-z0-9])?$/;
/** The Kubernetes label that carries the name keeps 63 characters. */
export const MAX_NAME_LENGTH = 63;

export type NameProblem = 'required' | 'pattern' | 'edges' | 'tooLong' | 'replicasTooLong';

/** The longest name a launch of `replicas` may have: replicas are called `name-1…name-N`, each within 63. */
export function maxNameLength(replicas: number): number {
  return replicas > 1 ? MAX_NAME_LENGTH - `-${replicas}`.length : MAX_NAME_LENGTH;
}

export function nameProblem(name: string, replicas = 1): NameProblem | undefined {
  if (name === '') return 'required';
  if (!NAME_PATTERN.test(name)) return 'pattern';
  if (!LABEL_EDGES.test(name)) return 'edges';
  if (name.length > MAX_NAME_LENGTH) return 'tooLong';
  // skaha would cut `name-10` back to `name` (listedName): every replica listed under the same name
  if (name.length > maxNameLength(replicas)) return 'replicasTooLong';
  return undefined;
}

/** A Kubernetes label value: SessionLabels.KUBERNETES_LABEL_VALUE, matched whole. */
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * The name skaha lists for a session launched as `name`: its `canfar.net/name` label, lower-cased (PostAction),
 * cut to 63 characters, then shortened from the end until it is a label value (SessionLabels.truncateLabelValue).
 * `''` for a name skaha refuses (nothing left).
 */
export function listedName(name: string): string {
  let label = name.toLowerCase().slice(0, MAX_NAME_LENGTH);
  while (label !== '' && !LABEL_VALUE.test(label)) label = label.slice(0, -1);
  return label;
}

/** The names taken, lower-cased, and the bases of replica runs among them (`fit` for `fit-1`, `fit-2`…). */
interface TakenNames {
  names: ReadonlySet<string>;
  replicaBases: ReadonlySet<string>;
}

function takenNames(taken: Iterable<string>): TakenNames {
  const names = new Set<string>();
  const replicaBases = new Set<string>();
  for (const name of taken) {
    const lower = name.toLowerCase();
    names.add(lower);
    const base = /^(.+)-\d+$/.exec(lower)?.[1];
    if (base !== undefined) replicaBases.add(base);
  }
  return { names, replicaBases };
}

/**
 * Whether `name` is free for a launch: neither it nor any `name-<n>` is taken. A launch of replicas creates
 * `name-1..N` (session-mutations.ts), so a name whose replicas exist is not offered again even for one session,
 * where it would sit among them unnoticed. Looked up, not searched: a user may have thousands of sessions.
 */
function isFree(name: string, { names, replicaBases }: TakenNames): boolean {
  const lower = name.toLowerCase();
  return !names.has(lower) && !replicaBases.has(lower);
}

/** The first of `notebook1`, `notebook2`… that none of the user's sessions has, as the current portal does. */
export function suggestName(type: LaunchableType, taken: Iterable<string>): string {
  const names = takenNames(taken);
  for (let n = 1; ; n += 1) {
    const candidate = `${type}${n}`;
    if (isFree(candidate, names)) return candidate;
  }
}

/**
 * A free name close to `name`, for a name already taken: its trailing number plus one (`notebook1` →
 * `notebook2`), or 2 appended (`m31-fit` → `m31-fit2`).
 */
export function nextFreeName(name: string, taken: Iterable<string>): string {
  const names = takenNames(taken);
  const match = /^(.*?)(\d*)$/.exec(name);
  const base = match?.[1] ?? name;
  const digits = match?.[2] ?? '';
  for (let n = digits === '' ? 2 : Number(digits) + 1; ; n += 1) {
    const candidate = `${base}${n}`;
    if (isFree(candidate, names)) return candidate;
  }
}
