import { SESSION_TYPES, type LaunchableType } from '@/api/skaha/session-schemas';

interface ArtifactNames {
  digest: string;
  tags: readonly { name: string }[];
}

/**
 * The reference `docker pull` and skaha take: `host/project/repository:tag`, by the tag the user came by when
 * the artifact has it, else its first tag, else by digest (`@sha256:…`) for an untagged one.
 */
export function pullReference(
  host: string,
  project: string,
  repository: string,
  artifact: ArtifactNames,
  preferredTag?: string,
): string {
  const names = artifact.tags.map((tag) => tag.name);
  const tag = preferredTag && names.includes(preferredTag) ? preferredTag : names[0];
  const base = `${host}/${project}/${repository}`;
  return tag ? `${base}:${tag}` : `${base}@${artifact.digest}`;
}

// Characters a POSIX shell takes literally in a word; anything else is quoted.
const SHELL_SAFE = /^[A-Za-z0-9._/:@-]+$/;

/** `value` as one shell word: as it is when plain, else single-quoted with each `'` written `'\\''`. */
export function shellQuote(value: string): string {
  return SHELL_SAFE.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The line to paste into a terminal; the reference is built from Harbor's names, so it is quoted when odd. */
export const dockerPullCommand = (reference: string) => `docker pull ${shellQuote(reference)}`;

/** The session types an artifact's labels offer, in skaha's order; other labels (`desktop-app`) launch nothing. */
export function launchableTypes(labels: readonly { name: string }[]): LaunchableType[] {
  const names = new Set(labels.map((label) => label.name.toLowerCase()));
  return SESSION_TYPES.filter((type) => names.has(type));
}

/** `sha256:5b0f7c2e9d3a…`: the algorithm and the first 12 hex digits, as Harbor's UI shows it. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return colon < 0 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}

/** A tag (not a digest) can name the artifact in the portal's URLs, and reads better. */
export const artifactReference = (artifact: ArtifactNames) => artifact.tags[0]?.name ?? artifact.digest;
