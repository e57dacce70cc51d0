import { BIG_REPOSITORY, artifactsOf, catalogFor, generateArtifacts } from '../harbor/catalog';
import type { HarborData } from '../harbor/model';
import { HOSTILE_HARBOR_PROJECT } from '../hostile';
import { REGISTRY_HOSTS } from './catalog';

/** One image of `GET /v1/image` (SP:skaha/…/image/Image.java). */
export interface ImageRecord {
  id: string;
  types: string[];
  digest: string;
}

/**
 * Real skaha lists every public project. The fake leaves out the 5,000-artifact `skaha/astro-nightly` and the
 * generated `*-lab` projects, which exist to exercise Harbor's paging at scale: on canfar.net the list holds a few
 * hundred images, and the launch form's picker is not the scale test.
 */
const LISTED_PROJECTS: ReadonlySet<string> = new Set(['skaha', 'myproject', HOSTILE_HARBOR_PROJECT]);

/** java.lang.String.hashCode, over UTF-16 code units. */
function javaHashCode(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index += 1)
    hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

/**
 * A java.util.HashSet's iteration order: by bucket, then as added. skaha reads each image's `types` into a
 * HashSet (RedisCache's Jackson, into Image's `Set<String>`) and Gson writes it out in that order, not Harbor's.
 */
export function hashSetOrder(names: readonly string[]): string[] {
  const unique = [...new Set(names)];
  let buckets = 16;
  while (unique.length > buckets * 0.75) buckets *= 2;
  const bucketOf = (name: string) => {
    const hash = javaHashCode(name);
    return (hash ^ (hash >>> 16)) & (buckets - 1);
  };
  return unique
    .map((name, order) => ({ name, order, bucket: bucketOf(name) }))
    .sort((a, b) => a.bucket - b.bucket || a.order - b.order)
    .map(({ name }) => name);
}

function buildImageCache(harbor: HarborData): ImageRecord[] {
  const { seedTime } = harbor;
  const projects = catalogFor(seedTime, harbor.hostile)
    .projects.filter((project) => project.public && LISTED_PROJECTS.has(project.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  return REGISTRY_HOSTS.flatMap((host) =>
    projects.flatMap((project) =>
      [...project.repositories]
        .sort((a, b) => b.creationTime - a.creationTime)
        .flatMap((listed) => {
          // The script asks for the artifacts of the name's last segment (`awk -F'/' '{print $NF}'`), so a
          // repository below a sub-path (`skaha/team/astroml-gpu`) is answered 404 and never listed.
          const name = listed.name.slice(listed.name.lastIndexOf('/') + 1);
          const repository = project.repositories.find(
            (candidate) => candidate.name === `${project.name}/${name}`,
          );
          if (!repository || repository.name === BIG_REPOSITORY) return [];
          // not artifactsOf: its few cached repositories are kept for the images pages
          return generateArtifacts(repository, seedTime).flatMap((artifact): ImageRecord[] => {
            const [tag] = artifact.tags;
            if (!tag || artifact.labels.length === 0) return [];
            return [
              {
                id: `${host}/${project.name}/${name}:${tag.name}`,
                types: hashSetOrder(artifact.labels.map((label) => label.name)),
                digest: artifact.digest,
              },
            ];
          });
        }),
    ),
  );
}

let cachedImages: { seedTime: number; hostile: boolean; images: readonly ImageRecord[] } | undefined;

/**
 * skaha's image list, the Redis key `public` that its image-cache CronJob writes every 30 minutes
 * (SP:helm/image-cache/cache-images.sh): Harbor walked anonymously, so public projects only; each repository and
 * each artifact, both newest first; one image per artifact that has a first tag and a label, named by that tag,
 * with the labels' names as `types` and the artifact's digest. image/GetAction answers it, filtered by type, and
 * SkahaAction.getPublicImage looks a launch's image up in it. The fake Harbor never changes, so neither does this.
 */
export function imageCache(harbor: HarborData): readonly ImageRecord[] {
  const hostile = harbor.hostile === true;
  if (cachedImages?.seedTime !== harbor.seedTime || cachedImages.hostile !== hostile)
    cachedImages = { seedTime: harbor.seedTime, hostile, images: buildImageCache(harbor) };
  return cachedImages.images;
}

/** Whether the registry holds the image, in any project: `<host>/<project>/<repository>[:<tag>][@<digest>]`. */
export function registryHas(harbor: HarborData, image: string): boolean {
  const host = REGISTRY_HOSTS.find((candidate) => image.startsWith(`${candidate}/`));
  if (host === undefined) return false;
  const [name = '', digest] = image.slice(host.length + 1).split('@');
  const colon = name.lastIndexOf(':');
  const tagged = colon > name.lastIndexOf('/');
  const path = tagged ? name.slice(0, colon) : name;
  const tag = tagged ? name.slice(colon + 1) : 'latest';
  const repository = catalogFor(harbor.seedTime, harbor.hostile)
    .projects.find((project) => project.name === path.split('/')[0])
    ?.repositories.find((candidate) => candidate.name === path);
  if (!repository) return false;
  return artifactsOf(repository, harbor.seedTime).some((artifact) =>
    digest === undefined
      ? artifact.tags.some((candidate) => candidate.name === tag)
      : artifact.digest === digest,
  );
}
