import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, isApiError } from '@/api/http/api-error';
import { PartialLaunchError } from '@/api/skaha/session-mutations';
import type { Session } from '@/api/skaha/session-schemas';
import { knownLaunchMessage } from './launch-messages';
import { canSend, cliProblem, isWorthRetrying, launchReadiness } from './launch-readiness';
import { toLaunchRequest } from './launch-request';
import { offersGpus, readLaunchState } from './launch-state';
import { rememberLaunch } from './remembered-launch';
import { nextFreeName } from './session-name';
import { initialLaunchState } from './use-launch-form';

const session = (name: string, status: string, type = 'notebook'): Session => ({
  id: name,
  supplementalGroups: [],
  image: 'img',
  type,
  status,
  name,
  connectURL: `https://example.org/${name}`,
  requestedGPUCores: 0,
  isFixedResources: false,
});

const form = (search: string) => readLaunchState(new URLSearchParams(search));
const ready = (search: string, sessions: Session[], extra: { max?: number; home?: number } = {}) =>
  launchReadiness({
    state: form(search),
    sessions,
    maxInteractive: extra.max ?? 5,
    homeFraction: extra.home,
  });

const skaha = (status: number, message: string) =>
  new ApiError({ service: 'skaha', kind: 'http', status, message });

describe('whether a launch may be sent', () => {
  it('blocks a name a live session already has, whatever its case, and offers the next free one', () => {
    const sessions = [session('notebook1', 'Running'), session('notebook2', 'Completed')];
    const readiness = ready('type=notebook&image=i&name=Notebook1', sessions);
    expect(readiness.duplicate?.name).toBe('notebook1');
    expect(readiness.blocker).toBe('duplicate');
    expect(readiness.alternative).toBe('Notebook3');
    expect(canSend(readiness)).toBe(false);
  });

  it('lets a finished session or a desktop app share the name', () => {
    const sessions = [session('notebook1', 'Completed'), session('notebook1', 'Running', 'desktop-app')];
    const readiness = ready('type=notebook&image=i&name=notebook1', sessions);
    expect(readiness.duplicate).toBeUndefined();
    expect(canSend(readiness)).toBe(true);
  });

  it('refuses private-image credentials holding a “:”, which skaha cannot split back, while they are shown', () => {
    const withRegistry = (user: string, secret: string, shown = true) =>
      launchReadiness({
        state: form('type=headless&image=images.canfar.net/team/private:1&name=job&custom=1'),
        sessions: [],
        maxInteractive: 5,
        homeFraction: undefined,
        registry: shown ? { user, secret } : undefined,
      });
    expect(withRegistry('jdoe', 'cli-secret').registryColon).toEqual([]);
    expect(canSend(withRegistry('jdoe', 'cli-secret'))).toBe(true);
    expect(withRegistry('jdoe:x', 'cli-secret').registryColon).toEqual(['user']);
    const both = withRegistry('jdoe:x', 'cli:secret');
    expect(both.registryColon).toEqual(['user', 'secret']);
    expect(canSend(both)).toBe(false);
    // hidden fields (a listed, public image): skaha never reads them, so they block nothing
    expect(canSend(withRegistry('jdoe:x', 'cli:secret', false))).toBe(true);
  });

  it('refuses a name its replicas’ names would pass 63 characters with, which skaha would list all alike', () => {
    const name = `${'a'.repeat(61)}b`;
    const three = ready(`type=headless&image=i&name=${name}&replicas=3`, []);
    expect(three.nameProblem).toBe('replicasTooLong');
    expect(canSend(three)).toBe(false);
    expect(cliProblem(three)).toBe('name');
    expect(canSend(ready(`type=headless&image=i&name=${name}&replicas=1`, []))).toBe(true);
    // an interactive session is launched alone, whatever the link says of replicas
    expect(ready(`type=notebook&image=i&name=${name}&replicas=3`, []).nameProblem).toBeUndefined();
  });

  it("checks every replica's name", () => {
    const readiness = ready('type=headless&image=i&name=sweep&replicas=3', [
      session('sweep-2', 'Pending', 'headless'),
    ]);
    expect(readiness.duplicate?.name).toBe('sweep-2');
  });

  it('suggests a name none of the sessions has, and blocks at the limit or a full home, not for headless', () => {
    const sessions = [session('notebook1', 'Running'), session('carta1', 'Pending', 'carta')];
    expect(ready('type=notebook&image=i', sessions).name).toBe('notebook2');
    expect(ready('type=notebook&image=i', sessions, { max: 2 }).blocker).toBe('limit');
    expect(ready('type=headless&image=i', sessions, { max: 2 }).blocker).toBeUndefined();
    expect(ready('type=notebook&image=i', [], { home: 1 }).blocker).toBe('home');
    expect(ready('type=notebook&image=i', [], { home: 0.95 })).toMatchObject({
      homeNearlyFull: true,
      blocker: undefined,
    });
    expect(canSend(ready('type=notebook&image=', []))).toBe(false);
  });

  it('blocks, first of all, while the sessions or the platform’s options could not be read', () => {
    const unread = launchReadiness({
      state: form('type=headless&image=i'),
      sessions: undefined,
      maxInteractive: undefined,
      homeFraction: 1,
      unchecked: true,
    });
    expect(unread.blocker).toBe('unchecked');
    expect(canSend(unread)).toBe(false);
  });

  it('does not suggest the name of a launch that got no answer and may exist', () => {
    const state = form('type=notebook&image=i');
    const sessions = [session('notebook1', 'Running')];
    const readiness = launchReadiness({
      state,
      sessions,
      reserved: ['notebook2'],
      maxInteractive: 5,
      homeFraction: undefined,
    });
    expect(readiness.name).toBe('notebook3');
  });

  it('sends only an image on one of the registries, its host whole, not one that merely starts like it', () => {
    const hosts = ['images.canfar.net'];
    const withHosts = (image: string, known: readonly string[] | undefined) =>
      launchReadiness({
        state: form(`type=notebook&custom=1&image=${encodeURIComponent(image)}`),
        sessions: [],
        maxInteractive: 5,
        homeFraction: undefined,
        hosts: known,
      });
    expect(withHosts('images.canfar.net/skaha/astroml:26.03', hosts).imageOffRegistry).toBe(false);
    expect(canSend(withHosts('images.canfar.net/skaha/astroml:26.03', hosts))).toBe(true);
    for (const image of [
      'images.canfar.net.example.org/skaha/astroml:26.03',
      'images.canfar.net@example.org/skaha/astroml:26.03',
      'skaha/astroml:26.03',
      'docker.io/library/python:3.12',
    ]) {
      expect(withHosts(image, hosts).imageOffRegistry, image).toBe(true);
      expect(canSend(withHosts(image, hosts)), image).toBe(false);
    }
    // while the registries load, or when they could not be read, skaha's own check decides
    expect(withHosts('docker.io/library/python:3.12', undefined).imageOffRegistry).toBe(false);
    // an empty image is missing, not on another registry
    expect(withHosts('', hosts).imageOffRegistry).toBe(false);
  });

  it('holds back the canfar line only for what the sessions service itself refuses', () => {
    const running = [session('notebook1', 'Running')];
    const problemOf = (search: string, sessions: Session[] = [], hosts?: readonly string[]) =>
      cliProblem(
        launchReadiness({ state: form(search), sessions, maxInteractive: 1, homeFraction: 1, hosts }),
      );
    expect(problemOf('type=notebook&image=i&name=nb2', running)).toBe('limit');
    expect(problemOf('type=notebook&image=i&name=my_nb')).toBe('name');
    expect(
      problemOf('type=notebook&custom=1&image=docker.io%2Fx%3A1&name=nb', [], ['images.canfar.net']),
    ).toBe('image');
    expect(problemOf('type=headless&image=i&name=job&cmd=echo&args=%24HOME')).toBe('job');
    // a full home and a duplicate name are the portal's own blocks: skaha would start the session
    expect(problemOf('type=headless&image=i&name=notebook1', running)).toBeUndefined();
  });

  it('names a free alternative close to the taken name', () => {
    expect(nextFreeName('notebook1', ['notebook1', 'notebook2'])).toBe('notebook3');
    expect(nextFreeName('m31-fit', ['m31-fit'])).toBe('m31-fit2');
  });
});

describe('a headless job skaha would refuse or change', () => {
  it('blocks Launch for any variable row problem, the command or the arguments, for headless only', () => {
    const blocked = (search: string) => ready(search, []).blocker;
    // a value not given yet is not a blocker: a remembered launch brings the rows back so (below)
    expect(blocked('type=headless&image=i&env=HF_TOKEN')).toBeUndefined();
    expect(blocked('type=headless&image=i&env=1A%3Dx')).toBe('job');
    expect(blocked('type=headless&image=i&env=A%3Dx%3Dy')).toBe('job');
    expect(blocked('type=headless&image=i&args=%24HOME')).toBe('job');
    expect(blocked('type=headless&image=i&cmd=python+run.py')).toBe('job');
    expect(canSend(ready('type=headless&image=i&env=HF_TOKEN', []))).toBe(false);
    expect(blocked('type=headless&image=i&cmd=python&args=run.py&env=A%3D1')).toBeUndefined();
    expect(blocked('type=notebook&image=i&env=HF_TOKEN')).toBeUndefined();
  });

  it('sends no variable without a value, saying so only at Launch rather than disabling it', () => {
    const readiness = ready('type=headless&image=i&name=job&env=MODE', []);
    expect(readiness.blocker).toBeUndefined();
    expect(readiness.envValueMissing).toBe(true);
    expect(canSend(readiness)).toBe(false);
    expect(cliProblem(readiness)).toBe('job');
    expect(canSend(ready('type=headless&image=i&name=job&env=MODE%3Dfast', []))).toBe(true);
  });
});

describe('the number of replicas', () => {
  const withReplicas = (replicas: number | undefined) =>
    launchReadiness({
      state: { ...form('type=headless&image=i&name=sweep'), replicas },
      sessions: [],
      maxInteractive: 5,
      homeFraction: undefined,
    });

  it('sends nothing for an empty or out-of-range number, and never makes one up', () => {
    expect(withReplicas(undefined)).toMatchObject({ replicasProblem: 'required', replicas: 1 });
    expect(withReplicas(0).replicasProblem).toBe('range');
    expect(withReplicas(513).replicasProblem).toBe('range');
    expect(withReplicas(2.5).replicasProblem).toBe('range');
    for (const replicas of [undefined, 0, 513]) {
      expect(canSend(withReplicas(replicas))).toBe(false);
      expect(cliProblem(withReplicas(replicas))).toBe('replicas');
    }
    expect(withReplicas(512)).toMatchObject({ replicasProblem: undefined, replicas: 512 });
    expect(canSend(withReplicas(8))).toBe(true);
  });
});

describe('the registry of an image', () => {
  const onHosts = (image: string) =>
    launchReadiness({
      state: { ...form('type=notebook&name=nb&custom=1'), image },
      sessions: [],
      maxInteractive: 5,
      homeFraction: undefined,
      hosts: ['images.canfar.net'],
    });

  it('flags another registry named after the allowed host, which skaha would take and never pull', () => {
    const other = onHosts('images.canfar.net/docker.io/library/python:3');
    expect(other.imageOtherRegistry).toBe('docker.io');
    expect(canSend(other)).toBe(false);
    expect(cliProblem(other)).toBe('image');
    expect(onHosts('images.canfar.net/images.canfar.net/skaha/astroml:26.03').imageOtherRegistry).toBe(
      'images.canfar.net',
    );
    expect(onHosts('images.canfar.net/localhost:5000/x:1').imageOtherRegistry).toBe('localhost:5000');
    const plain = onHosts('images.canfar.net/skaha/astroml:26.03');
    expect(plain.imageOtherRegistry).toBeUndefined();
    expect(canSend(plain)).toBe(true);
  });
});

describe('GPUs by session type (skaha templates)', () => {
  it('offers and sends GPUs only for types whose resources the request sets', () => {
    expect(
      ['notebook', 'carta', 'contributed', 'headless'].every((type) => offersGpus(form(`type=${type}`).type)),
    ).toBe(true);
    expect(offersGpus('firefly')).toBe(false);
    expect(offersGpus('desktop')).toBe(false);
    const options = { defaults: { cores: 2, ram: 8 }, gpusEnabled: true };
    expect(toLaunchRequest(form('type=firefly&image=i&gpus=1'), 'f', options).gpus).toBeUndefined();
    expect(toLaunchRequest(form('type=carta&image=i&gpus=1'), 'c', options).gpus).toBe(1);
  });
});

describe('what an address opens', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it("keeps a link's values and restores remembered ones only for a plain open", () => {
    rememberLaunch('jdoe', form('type=notebook&image=old&resources=fixed&cores=2&ram=8&gpus=1'));
    const link = initialLaunchState(new URLSearchParams('type=notebook&image=new'), 'jdoe');
    expect(link).toMatchObject({
      restored: false,
      state: { image: 'new', resources: 'flexible', gpus: undefined },
    });
    const plain = initialLaunchState(new URLSearchParams('type=notebook'), 'jdoe');
    expect(plain).toMatchObject({ restored: true, state: { image: 'old', resources: 'fixed', gpus: 1 } });
    expect(initialLaunchState(new URLSearchParams('type=carta'), 'jdoe').restored).toBe(false);
  });
});

describe("skaha's refusals in the user's terms", () => {
  it('knows the registry, limit, access, image and resource texts, and leaves others alone', () => {
    expect(
      knownLaunchMessage(
        skaha(
          400,
          'No authentication provided for unknown or private image.  Use x-skaha-registry-auth request header with base64Encode(username:secret).',
        ),
      ),
    ).toEqual({ key: 'registryAuth' });
    expect(knownLaunchMessage(skaha(400, 'User jdoe has reached the maximum of 3 active sessions.'))).toEqual(
      {
        key: 'limit',
        max: 3,
      },
    );
    expect(knownLaunchMessage(skaha(403, 'Not authorized to use the skaha system'))).toEqual({
      key: 'notAuthorized',
    });
    expect(knownLaunchMessage(skaha(400, 'image not in a trusted repository'))).toEqual({
      key: 'untrustedImage',
    });
    expect(knownLaunchMessage(skaha(400, "Invalid value for 'ram': 3"))).toEqual({
      key: 'resource',
      what: 'ram',
    });
    for (const message of [
      'Invalid input.  Must be in form of username:secret',
      'username is required.',
      'secret value cannot be empty.',
    ])
      expect(knownLaunchMessage(skaha(400, message))).toEqual({ key: 'registryFormat' });
    expect(knownLaunchMessage(skaha(400, 'canfar.net/name label value cannot be blank'))).toEqual({
      key: 'name',
    });
    expect(knownLaunchMessage(skaha(400, 'image not found'))).toBeUndefined();
    expect(knownLaunchMessage(new Error('x-skaha-registry-auth'))).toBeUndefined();
  });
});

describe('a launch of replicas that stops part-way', () => {
  it('is an ApiError of skaha carrying what failed, and is never retried as a whole', () => {
    const failure = skaha(503, 'Service unavailable');
    const partial = new PartialLaunchError(failure, ['a1']);
    expect(isApiError(partial)).toBe(true);
    expect(partial).toMatchObject({
      service: 'skaha',
      status: 503,
      message: 'Service unavailable',
      launched: ['a1'],
    });
    expect(isWorthRetrying(failure)).toBe(true);
    expect(isWorthRetrying(partial)).toBe(false);
  });
});

describe('a failed launch', () => {
  it('is offered again as it is only where the form was not the problem', () => {
    expect(isWorthRetrying(skaha(500, 'Internal error'))).toBe(true);
    // signed in again since
    expect(isWorthRetrying(skaha(401, 'Unauthorized'))).toBe(true);
    // skaha's answer to a call that reached it with no sign-in (a cookie gone): signed in again since too
    expect(isWorthRetrying(skaha(400, 'cannot get group memberships for anonymous'))).toBe(true);
    expect(
      isWorthRetrying(new ApiError({ service: 'skaha', kind: 'network', status: 0, message: 'offline' })),
    ).toBe(true);
    expect(
      isWorthRetrying(new ApiError({ service: 'skaha', kind: 'timeout', status: 0, message: 'slow' })),
    ).toBe(true);
    for (const status of [400, 403, 404, 409]) expect(isWorthRetrying(skaha(status, 'refused'))).toBe(false);
    expect(isWorthRetrying(new Error('not from a service'))).toBe(false);
  });
});
