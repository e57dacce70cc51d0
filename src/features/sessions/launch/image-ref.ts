import type { SkahaImage } from '@/api/skaha/platform-schemas';

export interface ImageRef {
  host: string;
  project: string;
  /** The path inside the project, without the tag. */
  repository: string;
  tag: string;
}

/** `images.canfar.net/skaha/astroml:26.03` → its parts; a reference without a project has project ''. */
export function parseImageRef(id: string): ImageRef {
  const slash = id.indexOf('/');
  const host = slash < 0 ? '' : id.slice(0, slash);
  const rest = slash < 0 ? id : id.slice(slash + 1);
  const colon = rest.lastIndexOf(':');
  const path = colon < 0 ? rest : rest.slice(0, colon);
  const tag = colon < 0 ? '' : rest.slice(colon + 1);
  const projectEnd = path.indexOf('/');
  return {
    host,
    project: projectEnd < 0 ? '' : path.slice(0, projectEnd),
    repository: projectEnd < 0 ? path : path.slice(projectEnd + 1),
    tag,
  };
}

/** `sha256:5b0f7c2e9d3a…` → `5b0f7c2e9d3a`, the 12 characters people compare. */
export const shortDigest = (digest: string | undefined) =>
  (digest ?? '').replace(/^sha256:/, '').slice(0, 12);

export interface ImageOption {
  value: string;
  label: string;
}

export interface ImageGroup {
  group: string;
  items: ImageOption[];
}

/** An image the list offers for the type, which the picker can show as chosen. */
export const isListedImage = (image: string, images: readonly SkahaImage[], type: string) =>
  images.some((candidate) => candidate.id === image && candidate.types.includes(type));

/**
 * An image on skaha's public list, for whatever type: skaha pulls it without registry credentials whatever the
 * type it is launched as, and asks for them for any other (SkahaAction.getPublicImage, platform-api §1.6).
 */
export const isPublicImage = (image: string, images: readonly SkahaImage[]) =>
  images.some((candidate) => candidate.id === image);

/** Repositories in alphabetical order, each one's newest tag first (`26.03` before `25.11`, `1.10` before `1.9`). */
export const newestFirst = (a: ImageRef, b: ImageRef) =>
  a.repository.localeCompare(b.repository) || b.tag.localeCompare(a.tag, 'en', { numeric: true });

/**
 * The images of one session type, grouped by Harbor project, labelled `repository:tag · digest`: repositories
 * in alphabetical order, each one's newest tag first (`26.03` before `25.11`, `1.10` before `1.9`), so the first
 * match of a search for an image is its latest.
 */
export function groupImages(images: readonly SkahaImage[], type: string): ImageGroup[] {
  const groups = new Map<string, (ImageOption & { ref: ImageRef })[]>();
  for (const image of images) {
    if (!image.types.includes(type)) continue;
    const ref = parseImageRef(image.id);
    const digest = shortDigest(image.digest);
    const label = `${ref.repository}:${ref.tag}${digest ? ` · ${digest}` : ''}`;
    const items = groups.get(ref.project) ?? [];
    items.push({ value: image.id, label, ref });
    groups.set(ref.project, items);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, items]) => ({
      group,
      items: items.sort((a, b) => newestFirst(a.ref, b.ref)).map(({ value, label }) => ({ value, label })),
    }));
}

/** The allowed registry a reference is on: its text up to the first `/` is that host, exactly. */
export const registryOf = (image: string, hosts: readonly string[]): string | undefined =>
  hosts.find((candidate) => image.startsWith(`${candidate}/`));

/** Docker's rule for a reference's first part: a registry host when it holds a `.` or `:`, or is `localhost`. */
const looksLikeHost = (part: string) => part.includes('.') || part.includes(':') || part === 'localhost';

/**
 * Another registry named at the start of the path on an allowed one: `docker.io` in
 * `images.canfar.net/docker.io/library/python:3`, which a link's reference put on the registry gives. skaha
 * accepts it (the reference starts with its host) and the pull then never ends. A Harbor project whose name has
 * a dot is taken for a host too: rare, and the path can name it once the message is read.
 */
export function otherRegistryIn(image: string, hosts: readonly string[]): string | undefined {
  const host = registryOf(image, hosts);
  if (host === undefined) return undefined;
  const path = image.slice(host.length + 1);
  const slash = path.indexOf('/');
  const first = slash < 0 ? '' : path.slice(0, slash);
  return looksLikeHost(first) ? first : undefined;
}

/**
 * A reference typed or pasted into the path field on `host`: a reference that already starts with an allowed
 * registry is taken as it is, so `images.canfar.net/skaha/…` pasted whole is not put on the host twice.
 */
export function referenceFromPath(path: string, host: string | undefined, hosts: readonly string[]): string {
  if (path === '' || host === undefined || registryOf(path, hosts) !== undefined) return path;
  return `${host}/${path}`;
}

/**
 * Splits a reference into an allowed registry host and the rest, for the private-image fields. A reference on
 * no allowed host has no host, and its path is the whole reference: the fields never show a registry the image
 * is not on (a link's `images.canfar.net.example.org/…` is not on images.canfar.net). An empty reference is on
 * the first registry.
 */
export function splitOnHost(
  image: string,
  hosts: readonly string[],
): { host: string | undefined; path: string } {
  // an image still to be typed goes on the first registry, as a path typed into it would
  const host = image === '' ? hosts[0] : registryOf(image, hosts);
  return host === undefined ? { host, path: image } : { host, path: image.slice(host.length + 1) };
}
