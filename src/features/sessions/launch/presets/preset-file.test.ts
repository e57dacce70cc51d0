// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLaunchState } from '../launch-state';
import {
  addPreset,
  deletePreset,
  hasPreset,
  parsePresetFile,
  presetToState,
  renamePreset,
  serializePresets,
  stateToPreset,
} from './preset-file';

describe('the launch presets file', () => {
  it('ignores fields it does not know, so a later portal’s file still reads', () => {
    const parsed = parsePresetFile(
      JSON.stringify({
        version: 1,
        owner: 'mchen',
        presets: [{ name: 'Big', type: 'notebook', image: 'x/y/z:1', colour: 'blue', cores: 8 }],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      presets: [{ name: 'Big', type: 'notebook', image: 'x/y/z:1', cores: 8 }],
    });
  });

  it('says what is wrong, and where, in a file it cannot use', () => {
    expect(parsePresetFile('{"version": 1, "presets": [')).toEqual({ ok: false, reason: 'it is not JSON' });
    expect(parsePresetFile('{"version": 2, "presets": []}')).toEqual({
      ok: false,
      reason: 'version expected one of 1',
    });
    const unknownType = parsePresetFile('{"version": 1, "presets": [{"name": "x", "type": "spaceship"}]}');
    expect(unknownType.ok ? '' : unknownType.reason).toMatch(/^presets\.0\.type expected one of "notebook"/);
    expect(parsePresetFile('{"version": 1, "presets": [{"name": "", "type": "carta"}]}')).toEqual({
      ok: false,
      reason: 'presets.0.name must not be empty',
    });
  });

  it('opens the form a link with the same fields opens', () => {
    const params =
      'type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&resources=fixed&cores=2&ram=8&cmd=python&args=sweep.py&env=MODE%3Dfast&env=API_TOKEN&replicas=4';
    expect(
      presetToState({
        name: 'Sweep',
        type: 'headless',
        image: 'images.canfar.net/skaha/terminal:1.1.2',
        sessionName: 'sweep',
        resources: 'fixed',
        cores: 2,
        ram: 8,
        cmd: 'python',
        args: 'sweep.py',
        env: ['MODE=fast', 'API_TOKEN'],
        replicas: 4,
      }),
    ).toEqual(readLaunchState(new URLSearchParams(params)));
  });

  it('saves the form without its session name or any secret value', () => {
    const state = readLaunchState(
      new URLSearchParams('type=headless&image=a%2Fb%2Fc%3A1&name=sweep&cmd=run&args=--fast&replicas=3'),
    );
    const preset = stateToPreset('  Nightly run ', {
      ...state,
      env: [
        { key: 'MODE', value: 'fast', secret: false },
        { key: 'DB_URL', value: 'postgres://u:pw@db', secret: true },
        { key: 'API_TOKEN', value: 'abc123', secret: false },
      ],
      args: '--token hunter2',
      argsSecret: true,
    });
    const text = serializePresets([preset]);
    for (const secret of ['postgres', 'abc123', 'hunter2', 'sweep']) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      presets: [
        {
          name: 'Nightly run',
          type: 'headless',
          image: 'a/b/c:1',
          cmd: 'run',
          env: ['MODE=fast', 'DB_URL', 'API_TOKEN'],
          replicas: 3,
        },
      ],
    });
    // and it reads back
    expect(parsePresetFile(text)).toMatchObject({ ok: true });
  });

  it('adds, renames and deletes by name, names compared without case', () => {
    const one = { name: 'One', type: 'notebook' as const };
    const list = addPreset([one], { name: 'Two', type: 'carta' });
    expect(hasPreset(list, ' two ')).toBe(true);
    expect(hasPreset(list, 'Three')).toBe(false);
    expect(renamePreset(list, 'Two', ' Deux ').map((p) => p.name)).toEqual(['One', 'Deux']);
    expect(deletePreset(list, 'One')).toEqual([{ name: 'Two', type: 'carta' }]);
  });
});
