// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupImages } from './image-ref';
import { digestStartsWith, imageSearchFilter, matchesImageSearch } from './image-search';

const DIGEST = 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d';
// the same first 12 characters, so only a longer prefix tells the two apart
const TWIN = 'sha256:5b0f7c2e9d3a99999999999999999999999999999999999999999999999999';

const images = [
  { id: 'h/skaha/astroml-notebook:26.03', types: ['notebook'], digest: DIGEST },
  { id: 'h/skaha/astroml-notebook:25.11', types: ['notebook'], digest: TWIN },
  { id: 'h/myproject/scipy:1', types: ['notebook'] },
];

/** The labels the picker offers for a search, group by group. */
const offered = (search: string) =>
  imageSearchFilter(images)({ options: groupImages(images, 'notebook'), search, limit: Infinity }).flatMap(
    (option) => ('group' in option ? option.items.map((item) => item.label) : [option.label]),
  );

describe('searching the image picker', () => {
  it('finds a digest by any prefix, with or without sha256:, in any case, and by nothing else', () => {
    expect(digestStartsWith(DIGEST, '5b0f7c2e9d3a41f6')).toBe(true);
    expect(digestStartsWith(DIGEST, 'sha256:5b0f7c2e9d3a41f6')).toBe(true);
    expect(digestStartsWith(DIGEST, '5B0F7C2E9D3A41F6A8')).toBe(true);
    expect(digestStartsWith(DIGEST, `  ${DIGEST.toUpperCase()}\n`)).toBe(true);
    expect(digestStartsWith(DIGEST, DIGEST.slice('sha256:'.length))).toBe(true);
    expect(digestStartsWith(DIGEST, 'sha256:')).toBe(true);
    expect(digestStartsWith(DIGEST, '0f7c2e9d3a41f6')).toBe(false);
    expect(digestStartsWith(TWIN, '5b0f7c2e9d3a41f6')).toBe(false);
    expect(digestStartsWith(DIGEST, `${DIGEST}0`)).toBe(false);
    // a name being typed is not the algorithm
    expect(digestStartsWith(DIGEST, 'sha')).toBe(false);
    expect(digestStartsWith(DIGEST, '')).toBe(false);
    expect(digestStartsWith(undefined, '5b0f')).toBe(false);
  });

  it('matches an option by its digest beyond the label, and by any part of its label as Mantine does', () => {
    const label = 'astroml-notebook:26.03 · 5b0f7c2e9d3a';
    expect(matchesImageSearch(DIGEST, label, DIGEST)).toBe(true);
    expect(matchesImageSearch('5b0f7c2e9d3a41f6', label, DIGEST)).toBe(true);
    expect(matchesImageSearch('5b0f7c2e9d3a41f6', label, TWIN)).toBe(false);
    expect(matchesImageSearch('NOTEBOOK:26', label, DIGEST)).toBe(true);
    expect(matchesImageSearch('9d3a', label, DIGEST)).toBe(true);
    expect(matchesImageSearch('scipy', 'scipy:1', undefined)).toBe(true);
    expect(matchesImageSearch('', 'scipy:1', undefined)).toBe(true);
    expect(matchesImageSearch('desktop', 'scipy:1', undefined)).toBe(false);
  });

  it('offers exactly the image of a pasted full digest, names and groups as before', () => {
    expect(offered(DIGEST)).toEqual(['astroml-notebook:26.03 · 5b0f7c2e9d3a']);
    expect(offered('5b0f7c2e9d3a41f6')).toEqual(['astroml-notebook:26.03 · 5b0f7c2e9d3a']);
    expect(offered('5b0f7c2e9d3a')).toEqual([
      'astroml-notebook:26.03 · 5b0f7c2e9d3a',
      'astroml-notebook:25.11 · 5b0f7c2e9d3a',
    ]);
    expect(offered('scipy')).toEqual(['scipy:1']);
    expect(offered('')).toHaveLength(3);
    const filter = imageSearchFilter(images);
    const options = groupImages(images, 'notebook');
    // an emptied group stays, as Mantine's filter leaves it
    expect(filter({ options, search: DIGEST, limit: Infinity })).toEqual([
      { group: 'myproject', items: [] },
      {
        group: 'skaha',
        items: [{ value: 'h/skaha/astroml-notebook:26.03', label: 'astroml-notebook:26.03 · 5b0f7c2e9d3a' }],
      },
    ]);
    expect(filter({ options, search: '', limit: 2 })).toEqual([
      { group: 'myproject', items: [{ value: 'h/myproject/scipy:1', label: 'scipy:1' }] },
      {
        group: 'skaha',
        items: [{ value: 'h/skaha/astroml-notebook:26.03', label: 'astroml-notebook:26.03 · 5b0f7c2e9d3a' }],
      },
    ]);
  });
});
