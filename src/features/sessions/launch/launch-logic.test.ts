// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { replicaRequests } from '@/api/skaha/session-mutations';
import { SESSION_TYPES } from '@/api/skaha/session-schemas';
import { canfarCreateCommand, shellQuote } from './cli-command';
import {
  groupImages,
  isPublicImage,
  parseImageRef,
  referenceFromPath,
  shortDigest,
  splitOnHost,
} from './image-ref';
import {
  argsProblem,
  commandProblem,
  envRowProblem,
  toLaunchRequest,
  unofferedResources,
} from './launch-request';
import { readLaunchState, writeLaunchState } from './launch-state';
import { listedName, maxNameLength, nameProblem, nextFreeName, suggestName } from './session-name';

const defaults = { defaults: { cores: 2, ram: 8 }, gpusEnabled: true };

describe('the launch form state in the URL', () => {
  it('round-trips every field, leaving defaults out', () => {
    const search =
      'type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&resources=fixed&cores=4&ram=16&gpus=1&cmd=env&args=-0+-u&env=A%3D1&env=B%3Dx&replicas=3';
    const state = readLaunchState(new URLSearchParams(search));
    expect(state).toMatchObject({
      type: 'headless',
      cores: 4,
      replicas: 3,
      env: [
        { key: 'A', value: '1' },
        { key: 'B', value: 'x' },
      ],
    });
    expect(writeLaunchState(state).toString()).toBe(search);
    expect(writeLaunchState(readLaunchState(new URLSearchParams('type=carta'))).toString()).toBe(
      'type=carta',
    );
  });

  it('falls back to defaults for anything unreadable', () => {
    const state = readLaunchState(new URLSearchParams('type=spaceship&cores=-2&replicas=9999&gpus=x'));
    expect(state).toMatchObject({ type: 'notebook', cores: undefined, gpus: undefined, replicas: 512 });
  });
});

describe('what a launch sends', () => {
  it('sends cores and RAM only when fixed, never for desktop or Firefly, GPUs only when enabled', () => {
    const base = readLaunchState(new URLSearchParams('type=notebook&image=img&gpus=2'));
    expect(toLaunchRequest(base, 'nb', defaults)).toMatchObject({
      cores: undefined,
      ram: undefined,
      gpus: 2,
    });
    const fixed = { ...base, resources: 'fixed' as const, cores: 4 };
    expect(toLaunchRequest(fixed, 'nb', defaults)).toMatchObject({ cores: 4, ram: 8 });
    expect(toLaunchRequest({ ...fixed, type: 'desktop' }, 'd', defaults)).toMatchObject({ cores: undefined });
    expect(toLaunchRequest(base, 'nb', { ...defaults, gpusEnabled: false }).gpus).toBeUndefined();
  });

  it('sends the command fields for headless jobs only, dropping blank environment rows', () => {
    const state = readLaunchState(new URLSearchParams('type=headless&image=i&cmd=python&env=A%3D1&env=%3D'));
    expect(toLaunchRequest(state, 'job', defaults)).toMatchObject({ cmd: 'python', env: ['A=1'] });
    expect(toLaunchRequest({ ...state, type: 'notebook' }, 'nb', defaults)).toMatchObject({
      cmd: undefined,
      env: undefined,
    });
  });

  it('flags environment rows skaha would drop', () => {
    expect(envRowProblem({ key: 'A', value: 'x=y' })).toBe('equals');
    expect(envRowProblem({ key: '1A', value: 'x' })).toBe('key');
    expect(envRowProblem({ key: '', value: '' })).toBeUndefined();
    expect(envRowProblem({ key: 'FIELD', value: 'cosmos' })).toBeUndefined();
  });

  it('flags a named variable without a value, and characters skaha cannot pass through', () => {
    expect(envRowProblem({ key: 'HF_TOKEN', value: '' })).toBe('empty');
    expect(envRowProblem({ key: 'PRICE', value: '5$' })).toBe('$');
    expect(envRowProblem({ key: 'QUOTE', value: 'say "hi"' })).toBe('"');
    expect(envRowProblem({ key: 'WIN', value: 'C:\\data' })).toBe('\\');
    expect(commandProblem('python run.py')).toBe('space');
    expect(commandProblem('echo$HOME')).toBe('$');
    expect(commandProblem(' python ')).toBeUndefined();
    expect(argsProblem('-c "print(1)"')).toBe('"');
    expect(argsProblem('-c print(1)')).toBeUndefined();
  });

  it('sends one space between arguments, and the CLI line says the same', () => {
    const state = readLaunchState(new URLSearchParams('type=headless&image=i&cmd=python&args=a++b+++c'));
    const request = toLaunchRequest(state, 'job', defaults);
    expect(request.args).toBe('a b c');
    expect(canfarCreateCommand(request, 1)).toBe('canfar create --name job headless i -- python a b c');
  });

  it('sends the default instead of cores, RAM or GPUs the platform does not offer', () => {
    const offered = { cores: [1, 2, 4], ram: [4, 8], gpus: [1] };
    const state = readLaunchState(
      new URLSearchParams('type=notebook&image=i&resources=fixed&cores=3&ram=5&gpus=2'),
    );
    expect(toLaunchRequest(state, 'nb', { ...defaults, offered })).toMatchObject({
      cores: 2,
      ram: 8,
      gpus: undefined,
    });
    expect(unofferedResources(state, offered, true)).toEqual({ cores: 3, ram: 5, gpus: 2 });
    expect(unofferedResources({ ...state, gpus: 1, cores: 4, ram: 4 }, offered, true)).toBeUndefined();
    expect(unofferedResources({ ...state, resources: 'flexible' }, offered, false)).toBeUndefined();
  });

  it('names replicas as the canfar client does', () => {
    const requests = replicaRequests({ name: 'job', image: 'i', type: 'headless', env: ['A=1'] }, 2);
    expect(requests.map((request) => [request.name, request.env])).toEqual([
      ['job-1', ['A=1', 'REPLICA_ID=1', 'REPLICA_COUNT=2']],
      ['job-2', ['A=1', 'REPLICA_ID=2', 'REPLICA_COUNT=2']],
    ]);
    expect(replicaRequests({ name: 'nb', image: 'i', type: 'notebook' }, 1)).toEqual([
      { name: 'nb', image: 'i', type: 'notebook' },
    ]);
  });
});

describe('Copy as CLI', () => {
  it('writes the canfar create line, quoting what the shell would split', () => {
    expect(
      canfarCreateCommand(
        {
          name: 'job',
          image: 'images.canfar.net/skaha/terminal:1.1.2',
          type: 'headless',
          cores: 2,
          ram: 8,
          gpus: 1,
          env: ['MSG=hello world'],
          cmd: 'echo',
          args: "it's done",
        },
        10,
      ),
    ).toBe(
      "canfar create --name job --cpu 2 --memory 8 --gpu 1 --env 'MSG=hello world' --replicas 10 headless images.canfar.net/skaha/terminal:1.1.2 -- echo 'it'\\''s' done",
    );
    expect(shellQuote('$HOME')).toBe("'$HOME'");
  });
});

describe('session names', () => {
  it('suggests the first free name of the type', () => {
    expect(suggestName('notebook', ['notebook1', 'Notebook2', 'carta1'])).toBe('notebook3');
    expect(suggestName('carta', [])).toBe('carta1');
  });

  it('suggests no name whose replicas (name-1…name-N) exist, nor offers one instead of a taken name', () => {
    const replicas = ['headless1-1', 'headless1-2', 'Headless1-3'];
    expect(suggestName('headless', replicas)).toBe('headless2');
    expect(nextFreeName('sweep1', ['sweep1', 'sweep2-1'])).toBe('sweep3');
    // a name that only starts like a replica's is not one
    expect(suggestName('headless', ['headless1-x', 'headless1-'])).toBe('headless1');
  });

  it('checks names as skaha does', () => {
    expect(nameProblem('')).toBe('required');
    expect(nameProblem('my_nb')).toBe('pattern');
    expect(nameProblem('a'.repeat(64))).toBe('tooLong');
    expect(nameProblem('My-Notebook-2')).toBeUndefined();
  });

  it('refuses a name skaha would list cut short or not at all: its label starts and ends on a letter or digit', () => {
    for (const name of ['run-', '-run', '-', 'a--']) expect(nameProblem(name)).toBe('edges');
    expect(nameProblem('a')).toBeUndefined();
    expect(nameProblem('r-2')).toBeUndefined();
  });

  it('refuses a name whose replicas’ names would pass 63 characters, which skaha would all list as one', () => {
    const name = `${'a'.repeat(61)}b`;
    expect(nameProblem(name)).toBeUndefined();
    expect(nameProblem(name, 3)).toBe('replicasTooLong');
    expect(maxNameLength(3)).toBe(61);
    expect(nameProblem(name.slice(1), 3)).toBeUndefined();
    // `-10` and on take one character more
    expect(nameProblem('a'.repeat(61), 10)).toBe('replicasTooLong');
    expect(maxNameLength(512)).toBe(59);
    expect(nameProblem('a'.repeat(59), 512)).toBeUndefined();
  });

  it('lists a name as skaha’s label keeps it: lower-cased, cut to 63, then to a letter or digit', () => {
    expect(listedName('My-Notebook')).toBe('my-notebook');
    expect(listedName(`${'A'.repeat(61)}b-3`)).toBe(`${'a'.repeat(61)}b`);
    expect(listedName(`${'a'.repeat(62)}-b`)).toBe('a'.repeat(62));
    expect(listedName('run--')).toBe('run');
    expect(listedName('-run')).toBe('');
  });

  it('never suggests a name it would refuse', () => {
    for (const type of SESSION_TYPES) expect(nameProblem(suggestName(type, [`${type}1`]))).toBeUndefined();
    for (const name of ['m31-fit', 'notebook9', 'a'])
      expect(nameProblem(nextFreeName(name, [name]))).toBeUndefined();
  });
});

describe('image references', () => {
  it('splits host, project, repository and tag', () => {
    expect(parseImageRef('images.canfar.net/skaha/astroml:26.03')).toEqual({
      host: 'images.canfar.net',
      project: 'skaha',
      repository: 'astroml',
      tag: '26.03',
    });
    expect(shortDigest('sha256:5b0f7c2e9d3a41f6')).toBe('5b0f7c2e9d3a');
    expect(splitOnHost('images.canfar.net/p/r:1', ['images.canfar.net'])).toEqual({
      host: 'images.canfar.net',
      path: 'p/r:1',
    });
  });

  it('shows no registry for a reference on none of them, its whole text as the path', () => {
    const hosts = ['images.canfar.net'];
    expect(splitOnHost('images.canfar.net.example.org/p/r:1', hosts)).toEqual({
      host: undefined,
      path: 'images.canfar.net.example.org/p/r:1',
    });
    expect(splitOnHost('p/r:1', hosts)).toEqual({ host: undefined, path: 'p/r:1' });
    // a path still to be typed goes on the first registry
    expect(splitOnHost('', hosts)).toEqual({ host: 'images.canfar.net', path: '' });
  });

  it('takes a whole reference pasted as the path on its own host, never the host twice', () => {
    const hosts = ['images.canfar.net'];
    const on = (path: string) => referenceFromPath(path, 'images.canfar.net', hosts);
    expect(on('skaha/astroml:26.03')).toBe('images.canfar.net/skaha/astroml:26.03');
    expect(on('images.canfar.net/skaha/astroml:26.03')).toBe('images.canfar.net/skaha/astroml:26.03');
    // another registry stays in the path, where readiness flags it
    expect(on('docker.io/library/python:3')).toBe('images.canfar.net/docker.io/library/python:3');
    expect(on('')).toBe('');
    expect(referenceFromPath('x/y:1', undefined, hosts)).toBe('x/y:1');
  });

  it('counts an image public whatever type it is listed for, as skaha does for credentials', () => {
    const images = [{ id: 'h/skaha/nb:1', types: ['notebook'] }];
    expect(isPublicImage('h/skaha/nb:1', images)).toBe(true);
    expect(isPublicImage('h/team/private:1', images)).toBe(false);
  });

  it('groups the images of one type by project, sorted', () => {
    const groups = groupImages(
      [
        { id: 'h/skaha/b:1', types: ['notebook'], digest: 'sha256:aaaaaaaaaaaaaaaa' },
        { id: 'h/myproject/a:2', types: ['notebook', 'headless'] },
        { id: 'h/skaha/a:1', types: ['notebook'] },
        { id: 'h/skaha/c:1', types: ['carta'] },
      ],
      'notebook',
    );
    expect(groups).toEqual([
      { group: 'myproject', items: [{ value: 'h/myproject/a:2', label: 'a:2' }] },
      {
        group: 'skaha',
        items: [
          { value: 'h/skaha/a:1', label: 'a:1' },
          { value: 'h/skaha/b:1', label: 'b:1 · aaaaaaaaaaaa' },
        ],
      },
    ]);
  });

  it('puts each repository’s newest tag first, numbers compared as numbers', () => {
    const tags = ['24.12', '26.03', '1.9', '25.11', '1.10'];
    const [group] = groupImages(
      tags.map((tag) => ({ id: `h/skaha/${tag.startsWith('1.') ? 'b' : 'a'}:${tag}`, types: ['notebook'] })),
      'notebook',
    );
    expect(group?.items.map((item) => item.label)).toEqual([
      'a:26.03',
      'a:25.11',
      'a:24.12',
      'b:1.10',
      'b:1.9',
    ]);
  });
});
