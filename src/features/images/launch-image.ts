import { pullReference } from './image-reference';

interface ArtifactNames {
  digest: string;
  tags: readonly { name: string }[];
}

/** Where an artifact lives: the registry host and its Harbor project and repository. */
export interface ArtifactPlace {
  host: string;
  project: string;
  repository: string;
}

/** The image an artifact page's Launch buttons send to the launch form, and what the page says of it. */
export interface LaunchImage {
  /** The full reference the launch form is given. */
  image: string;
  /**
   * The tag the platform lists the artifact under, when it is not the one the page pulls by: the launch then
   * goes by that tag, the same image, which skaha launches without registry credentials.
   */
  listedTag?: string;
  /** No tag of the artifact is in the platform's list: skaha launches it only with registry credentials. */
  unlisted: boolean;
}

/**
 * What to launch an artifact as. skaha's list holds each labelled artifact under one tag only (Harbor's first),
 * and asks for registry credentials for any other reference, even another tag of the same artifact: so the page
 * of `latest` launches the listed `26.03`. Pulling is unaffected, and the tag the user came by is kept when it is
 * the listed one, when no tag is listed, or while the list is unknown (`listed` undefined).
 */
export function launchImage(
  place: ArtifactPlace,
  artifact: ArtifactNames,
  preferredTag: string | undefined,
  listed: readonly { id: string }[] | undefined,
): LaunchImage {
  const { host, project, repository } = place;
  const pull = pullReference(host, project, repository, artifact, preferredTag);
  if (listed === undefined) return { image: pull, unlisted: false };
  const ids = new Set(listed.map((image) => image.id));
  if (ids.has(pull)) return { image: pull, unlisted: false };
  // by the artifact's own tags, not its digest: the same digest can be listed under another repository
  for (const { name } of artifact.tags) {
    const image = pullReference(host, project, repository, { digest: artifact.digest, tags: [{ name }] });
    if (ids.has(image)) return { image, listedTag: name, unlisted: false };
  }
  return { image: pull, unlisted: true };
}
