// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogFor, generateArtifacts } from './catalog';

// a fixed seed: the catalog is the same for the same seed time
const seedTime = Date.parse('2026-12-07T15:20:00.000Z');

describe('the fake registry’s artifacts', () => {
  const repositories = catalogFor(seedTime).projects.flatMap((project) => project.repositories);
  const artifacts = repositories.flatMap((repository) => generateArtifacts(repository, seedTime));

  it('are pulled after they were pushed, never before, and not after the seed', () => {
    const pulled = artifacts.flatMap((artifact) =>
      artifact.pullTime === undefined ? [] : [{ artifact, pullTime: artifact.pullTime }],
    );
    expect(pulled.length).toBeGreaterThan(1000);
    const early = pulled.filter(
      ({ artifact, pullTime }) =>
        pullTime < artifact.pushTime || artifact.tags.some((tag) => pullTime < tag.pushTime),
    );
    expect(early.map(({ artifact }) => `${artifact.repository.name}@${artifact.id}`)).toEqual([]);
    expect(pulled.every(({ pullTime }) => pullTime <= seedTime)).toBe(true);
  });

  it('are the same for the same seed time', () => {
    const again = repositories.flatMap((repository) => generateArtifacts(repository, seedTime));
    expect(again.map((artifact) => artifact.pullTime)).toEqual(
      artifacts.map((artifact) => artifact.pullTime),
    );
  });
});
