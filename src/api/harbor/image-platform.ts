/**
 * The platform an image runs on, when it says ("linux/arm64"), and whether the science platform's nodes
 * (linux/amd64) can run it: a single-platform image by its own attributes, an image index when one of its
 * platforms is linux/amd64. An image that says nothing is taken to run, as skaha takes it.
 */
export function imagePlatform(artifact: {
  extra_attrs: { architecture?: string | undefined; os?: string | undefined };
  references: readonly {
    platform?: { architecture?: string | undefined; os?: string | undefined } | undefined;
  }[];
}): { runs: boolean; platform: string | undefined } {
  const runsHere = (os: string | undefined, architecture: string | undefined) =>
    (os === undefined || os === 'linux') && (architecture === undefined || architecture === 'amd64');
  const platforms = artifact.references.flatMap((reference) =>
    reference.platform ? [reference.platform] : [],
  );
  if (platforms.length > 0) {
    const runs = platforms.some((platform) => runsHere(platform.os, platform.architecture));
    const names = platforms.map((platform) => `${platform.os ?? '?'}/${platform.architecture ?? '?'}`);
    return { runs, platform: names.join(', ') };
  }
  const { os, architecture } = artifact.extra_attrs;
  const platform =
    os === undefined && architecture === undefined ? undefined : `${os ?? '?'}/${architecture ?? '?'}`;
  return { runs: runsHere(os, architecture), platform };
}
