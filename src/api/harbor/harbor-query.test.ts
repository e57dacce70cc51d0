// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  exact,
  fuzzy,
  harborQuery,
  intersection,
  range,
  repositoryPath,
  splitRepositoryName,
  union,
} from './harbor-query';

describe('harborQuery', () => {
  it('writes each kind of condition and joins them with commas', () => {
    expect(
      harborQuery({
        name: fuzzy('astro'),
        tags: '*',
        labels: intersection([4, 7]),
        type: union(['IMAGE', 'CHART']),
        size: range(1000, 5000),
        public: true,
      }),
    ).toBe('name=~astro,tags=*,labels=(4 7),type={IMAGE CHART},size=[1000~5000],public=true');
  });

  it('leaves out undefined conditions and is undefined when none remain', () => {
    expect(harborQuery({ name: undefined, tags: exact('nil') })).toBe('tags=nil');
    expect(harborQuery({})).toBeUndefined();
    expect(harborQuery({ name: undefined })).toBeUndefined();
  });

  it('writes open-ended ranges and times in the format Harbor parses (UTC)', () => {
    const from = new Date('2026-03-01T12:30:00.250Z');
    expect(harborQuery({ push_time: range(from, undefined) })).toBe('push_time=[2026-03-01T12:30:00~]');
    expect(harborQuery({ size: range(undefined, 10) })).toBe('size=[~10]');
    expect(harborQuery({ size: range('', 10) })).toBe('size=[~10]');
    expect(() => harborQuery({ size: range(undefined, undefined) })).toThrow(RangeError);
  });

  it('quotes list and range strings that Harbor would read as numbers or times', () => {
    expect(harborQuery({ tags: union(['2024', 'latest', '-1']) })).toBe('tags={"2024" latest "-1"}');
    expect(harborQuery({ name: range('2026-01-01T00:00:00', 'b') })).toBe('name=["2026-01-01T00:00:00"~b]');
    expect(harborQuery({ name: range(' padded', undefined) })).toBe('name=[" padded"~]');
  });

  it('escapes an exact value that starts like another kind of match', () => {
    expect(harborQuery({ name: '~tilde' })).toBe('name=\\~tilde');
    expect(harborQuery({ name: exact('[x]') })).toBe('name=\\[x]');
    expect(harborQuery({ name: '{a}' })).toBe('name=\\{a}');
    expect(harborQuery({ name: '(a)' })).toBe('name=\\(a)');
    expect(harborQuery({ name: '\\back' })).toBe('name=\\\\back');
    expect(harborQuery({ name: 'a~b' })).toBe('name=a~b');
  });

  it('keeps % and + literal through the second unescaping Harbor does', () => {
    expect(harborQuery({ name: fuzzy('c++ 100%') })).toBe('name=~c%2B%2B 100%25');
    const sent = new URLSearchParams({ q: harborQuery({ name: fuzzy('c++') }) ?? '' }).toString();
    expect(decodeURIComponent(decodeURIComponent(sent.replace('q=', '')))).toBe('name=~c++');
  });

  it('refuses what the grammar cannot carry instead of querying for something else', () => {
    expect(() => harborQuery({ name: fuzzy('a,b') })).toThrow(RangeError);
    expect(() => harborQuery({ name: '' })).toThrow(RangeError);
    expect(() => harborQuery({ tags: union(['two words']) })).toThrow(RangeError);
    expect(() => harborQuery({ tags: union([]) })).toThrow(RangeError);
    expect(() => harborQuery({ name: range('a~b', undefined) })).toThrow(RangeError);
    expect(() => harborQuery({ name: union(['"quoted"']) })).toThrow(RangeError);
    expect(() => harborQuery({ 'bad=key': 'x' })).toThrow(RangeError);
  });
});

describe('repository names', () => {
  it('encodes a name twice, so a slash inside it reaches Harbor as part of the name', () => {
    expect(repositoryPath('astroml-notebook')).toBe('astroml-notebook');
    expect(repositoryPath('team/tool')).toBe('team%252Ftool');
    expect(repositoryPath('a/b/c')).toBe('a%252Fb%252Fc');
  });

  it('splits the project from a full repository name at the first slash', () => {
    expect(splitRepositoryName('skaha/astroml-notebook')).toEqual({
      project: 'skaha',
      repository: 'astroml-notebook',
    });
    expect(splitRepositoryName('skaha/team/tool')).toEqual({ project: 'skaha', repository: 'team/tool' });
    expect(splitRepositoryName('bare')).toEqual({ project: '', repository: 'bare' });
  });
});
