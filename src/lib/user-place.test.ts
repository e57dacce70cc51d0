// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkedPlace, ownPlace } from './user-place';

describe('ownPlace', () => {
  it("takes a user from another user's folder to their own home", () => {
    expect(ownPlace('/storage/home/jdoe/data/raw', '', 'trainee1')).toBe('/storage/home/trainee1');
    expect(ownPlace('/storage/home/trainee1/data', '', 'trainee1')).toBeUndefined();
  });

  it("leaves pages that belong to no one where they are, projects' folders included", () => {
    expect(ownPlace('/sessions/launch', '?type=notebook', 'mchen')).toBeUndefined();
    expect(ownPlace('/storage/projects/survey-team', '', 'mchen')).toBeUndefined();
    expect(ownPlace('/usage', '', 'mchen')).toBeUndefined();
  });

  it('takes everything the previous user chose out of the launch form, keeping which form it is', () => {
    expect(
      ownPlace(
        '/sessions/launch',
        '?type=headless&image=x%2Fy%3A1&cmd=run.sh&args=--fast&env=TOKEN%3Dsecret&registryUser=jdoe&cores=2',
        'mchen',
      ),
    ).toBe('/sessions/launch?type=headless');
    // the form filled from the previous user's last launch
    expect(
      ownPlace(
        '/sessions/launch',
        '?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&resources=fixed&cores=4',
        'trainee1',
      ),
    ).toBe('/sessions/launch?type=notebook');
    expect(ownPlace('/sessions/launch', '?argsSecret=1', 'mchen')).toBe('/sessions/launch');
  });

  it("drops the previous user's filters and period, and keeps the tab's scenario", () => {
    expect(ownPlace('/sessions', '?q=carta', 'trainee1')).toBe('/sessions');
    expect(ownPlace('/usage', '?window=week', 'mchen')).toBe('/usage');
    expect(ownPlace('/sessions', '?scenario=busy%2Cslow&q=carta', 'trainee1')).toBe(
      '/sessions?scenario=busy%2Cslow',
    );
    expect(ownPlace('/sessions', '?scenario=busy,slow', 'trainee1')).toBeUndefined();
    expect(ownPlace('/storage/home/jdoe', '?scenario=storage-100k&q=fits', 'trainee1')).toBe(
      '/storage/home/trainee1?scenario=storage-100k',
    );
  });

  it("takes a user from another user's session to their own usage or sessions", () => {
    expect(ownPlace('/usage/sessions/abc', '?user=jdoe', 'mchen')).toBe('/usage');
    expect(ownPlace('/usage/sessions/abc', '?user=mchen', 'mchen')).toBeUndefined();
    expect(ownPlace('/usage/sessions/abc', '?user=mchen&name=fit&window=week', 'mchen')).toBe(
      '/usage/sessions/abc?user=mchen&name=fit',
    );
    expect(ownPlace('/sessions/open/abc', '', 'mchen')).toBe('/sessions');
  });
});

describe('linkedPlace', () => {
  it("keeps a link's own values, the launch form's command, arguments and variables included", () => {
    const form =
      '?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&cmd=env&args=--fast' +
      '&env=FIELD%3Dcosmos&argsSecret=1&registryUser=robot&replicas=3';
    expect(linkedPlace('/sessions/launch', form, 'trainee1')).toBe(`/sessions/launch${form}`);
    expect(linkedPlace('/sessions', '?q=carta&scenario=busy', 'trainee1')).toBe(
      '/sessions?q=carta&scenario=busy',
    );
    expect(linkedPlace('/sessions', '', 'trainee1')).toBe('/sessions');
  });

  it("takes the chosen user from another user's page to their own, with the tab's scenario", () => {
    expect(linkedPlace('/storage/home/jdoe', '', 'trainee1')).toBe('/storage/home/trainee1');
    expect(linkedPlace('/storage/home/jdoe/survey-100k', '?scenario=storage-100k', 'trainee1')).toBe(
      '/storage/home/trainee1?scenario=storage-100k',
    );
    expect(linkedPlace('/usage/sessions/abc', '?user=jdoe&window=week', 'mchen')).toBe('/usage');
    expect(linkedPlace('/storage/home/jdoe', '', 'jdoe')).toBe('/storage/home/jdoe');
  });
});
