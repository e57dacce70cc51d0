// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ownPlace } from './user-place';

describe('ownPlace', () => {
  it("takes a user from another user's folder to their own home", () => {
    expect(ownPlace('/storage/home/jdoe/data/raw', '', 'trainee1')).toBe('/storage/home/trainee1');
    expect(ownPlace('/storage/home/trainee1/data', '', 'trainee1')).toBeUndefined();
  });

  it("leaves pages that belong to no one where they are, projects' folders included", () => {
    expect(ownPlace('/sessions/launch', '?type=notebook', 'mchen')).toBeUndefined();
    expect(ownPlace('/storage/projects/survey-team', '', 'mchen')).toBeUndefined();
    expect(ownPlace('/usage', '?window=week', 'mchen')).toBeUndefined();
  });

  it("takes another user's command, arguments, environment and registry name out of the launch form", () => {
    expect(
      ownPlace(
        '/sessions/launch',
        '?type=headless&image=x%2Fy%3A1&cmd=run.sh&args=--fast&env=TOKEN%3Dsecret&registryUser=jdoe&cores=2',
        'mchen',
      ),
    ).toBe('/sessions/launch?type=headless&image=x%2Fy%3A1&cores=2');
    expect(ownPlace('/sessions/launch', '?argsSecret=1', 'mchen')).toBe('/sessions/launch');
  });

  it("takes a user from another user's session to their own usage or sessions", () => {
    expect(ownPlace('/usage/sessions/abc', '?user=jdoe', 'mchen')).toBe('/usage');
    expect(ownPlace('/usage/sessions/abc', '?user=mchen', 'mchen')).toBeUndefined();
    expect(ownPlace('/sessions/open/abc', '', 'mchen')).toBe('/sessions');
  });
});
