// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, resetFakePlatform } from '../node';
import { HOSTILE } from '../platform/hostile';
import { hashSetOrder } from '../platform/skaha/image-cache';
import { HOSTILE_IMAGE } from '../platform/skaha/seed-hostile';
import { call, getJson, getSession, launch, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

interface ListedImage {
  id: string;
  types: string[];
  digest: string;
}
interface HarborArtifact {
  digest: string;
  tags: { name: string }[] | null;
  labels: { name: string }[] | null;
}

const HOST = 'images.canfar.net';
const listed = async () => (await getJson('/skaha/v1/image')) as ListedImage[];
const listedIds = async () => (await listed()).map((image) => image.id);

/** The artifact as anyone reads it from Harbor, by `<project>/<repository>:<tag>`. */
async function harborArtifact(reference: string): Promise<{ status: number; artifact?: HarborArtifact }> {
  const [path = '', tag = ''] = reference.split(':');
  const [project = '', ...repository] = path.split('/');
  const response = await call(
    `/harbor/api/v2.0/projects/${project}/repositories/${encodeURIComponent(
      encodeURIComponent(repository.join('/')),
    )}/artifacts/${tag}?with_label=true`,
    { token: '' },
  );
  if (!response.ok) return { status: response.status };
  return { status: response.status, artifact: (await response.json()) as HarborArtifact };
}

const registryAuth = {
  headers: { 'x-skaha-registry-auth': Buffer.from('jdoe:cli-secret').toString('base64') },
};

describe('GET /v1/image, made from Harbor as skaha’s image cache makes it', () => {
  it('lists artifacts Harbor has, by their first tag, with the same digest and their labels as types', async () => {
    const images = await listed();
    expect(images.length).toBeGreaterThan(20);
    expect(new Set(images.map((image) => image.id)).size).toBe(images.length);
    for (const image of images) {
      expect(image.id.startsWith(`${HOST}/`), image.id).toBe(true);
      const { status, artifact } = await harborArtifact(image.id.slice(HOST.length + 1));
      expect(status, image.id).toBe(200);
      expect(artifact?.digest, image.id).toBe(image.digest);
      expect(artifact?.tags?.[0]?.name, image.id).toBe(image.id.slice(image.id.lastIndexOf(':') + 1));
      expect(new Set(artifact?.labels?.map((label) => label.name)), image.id).toEqual(new Set(image.types));
      expect(image.types.length, image.id).toBeGreaterThan(0);
    }
  });

  it('keeps the samples’ digests, and writes types in the order of the Java HashSet skaha reads them into', async () => {
    expect(await listed()).toEqual(
      expect.arrayContaining([
        {
          id: `${HOST}/skaha/astroml-notebook:26.03`,
          types: ['notebook'],
          digest: 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d',
        },
        {
          id: `${HOST}/skaha/astroml:26.03`,
          types: ['headless', 'desktop-app'],
          digest: 'sha256:a9c3e1f0b2d4c6e8f1a3b5c7d9e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6',
        },
      ]),
    );
    expect(hashSetOrder(['notebook', 'headless'])).toEqual(['headless', 'notebook']);
    expect(hashSetOrder(['desktop-app', 'headless', 'desktop-app'])).toEqual(['headless', 'desktop-app']);
  });

  it('lists an older labelled tag of a public image, which launches without registry credentials', async () => {
    const older = `${HOST}/skaha/astroml-notebook:25.11`;
    expect(await listedIds()).toContain(older);
    const { status, text } = await launch({ name: 'older', image: older, type: 'notebook' });
    expect(status).toBe(200);
    advanceClock(60_000);
    expect(await getSession(text.trim())).toMatchObject({ image: older, status: 'Running' });
  });

  it('leaves out an unlabelled artifact, an artifact’s later tags and a repository below a sub-path', async () => {
    const ids = await listedIds();
    // 25.06 carries no label in Harbor
    expect((await harborArtifact('skaha/astroml-notebook:25.06')).artifact?.labels).toBeNull();
    expect(ids).not.toContain(`${HOST}/skaha/astroml-notebook:25.06`);
    // the newest artifact is listed as 26.03, its first tag, not as latest
    expect(ids).not.toContain(`${HOST}/skaha/astroml-notebook:latest`);
    expect((await launch({ name: 'latest', image: `${HOST}/skaha/astroml-notebook:latest` })).status).toBe(
      400,
    );
    // the script asks Harbor for the artifacts of `astroml-gpu`, which it answers 404
    expect((await harborArtifact('skaha/team/astroml-gpu:latest')).artifact?.labels).not.toBeNull();
    expect(ids.filter((id) => id.includes('astroml-gpu'))).toEqual([]);
  });

  it('lists nothing of a private project, whose images launch only with registry credentials', async () => {
    const ids = await listedIds();
    expect(new Set(ids.map((id) => id.split('/')[1]))).toEqual(new Set(['skaha', 'myproject']));
    const image = `${HOST}/survey-team/survey-notebook:3.2.0`;
    expect(await harborArtifact('survey-team/survey-notebook:3.2.0')).toEqual({ status: 401 });
    expect((await launch({ name: 'team', image, type: 'notebook' })).status).toBe(400);
    const { status, text } = await launch({ name: 'team', image, type: 'notebook' }, registryAuth);
    expect(status).toBe(200);
    advanceClock(60_000);
    // the registry has it: it starts
    expect(await getSession(text.trim())).toMatchObject({ image, status: 'Running' });
  });

  it('leaves out the repositories that test Harbor’s paging at scale', async () => {
    const ids = await listedIds();
    expect(ids.filter((id) => id.includes('astro-nightly') || /\/[^/]+-lab\//.test(id))).toEqual([]);
  });

  it('lists the hostile project’s images with their free-text labels as types', async () => {
    resetFakePlatform('hostile');
    const image = (await listed()).find((candidate) => candidate.id === HOSTILE_IMAGE);
    expect(image?.types).toEqual(expect.arrayContaining(['notebook', 'headless', HOSTILE.img, HOSTILE.rtl]));
  });
});
