// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contextSchema } from '@/api/skaha/platform-schemas';
import type { Session } from '@/api/skaha/session-schemas';
import { asksCredentials, formReadiness, formRequest, offeredBy, type LaunchInputs } from './launch-inputs';
import { readLaunchState } from './launch-state';

const PUBLIC = 'images.canfar.net/skaha/terminal:1.1.2';
const PRIVATE = 'images.canfar.net/team/private:1';
const images = [{ id: PUBLIC, types: ['headless'] }];
const context = contextSchema.parse({
  cores: { default: 2, options: [1, 2, 4] },
  memoryGB: { default: 8, options: [4, 8, 16] },
  gpus: { options: [1] },
  maxInteractiveSessions: 1,
});
const running = (name: string): Session => ({
  id: name,
  supplementalGroups: [],
  image: PUBLIC,
  type: 'notebook',
  status: 'Running',
  name,
  connectURL: `https://example.org/${name}`,
  requestedGPUCores: 0,
  isFixedResources: false,
});

const form = (search: string) => readLaunchState(new URLSearchParams(search));
const inputs = (extra: Partial<LaunchInputs> = {}): LaunchInputs => ({
  images,
  sessions: [],
  context,
  hosts: ['images.canfar.net'],
  homeFraction: undefined,
  unchecked: false,
  reserved: [],
  secret: '',
  gpusEnabled: true,
  ...extra,
});

describe('offeredBy', () => {
  it('reads the values the platform offers, once it has said', () => {
    expect(offeredBy(context)).toEqual({ cores: [1, 2, 4], ram: [4, 8, 16], gpus: [1] });
    expect(offeredBy(undefined)).toBeUndefined();
  });
});

describe('asksCredentials', () => {
  it('asks for any image not on the public list, whatever the type it is launched as', () => {
    expect(asksCredentials(form(`type=notebook&image=${PUBLIC}`), images)).toBe(false);
    expect(asksCredentials(form(`type=headless&image=${PRIVATE}`), images)).toBe(true);
    expect(asksCredentials(form('type=headless&custom=1'), images)).toBe(true);
    expect(asksCredentials(form('type=headless'), images)).toBe(false);
  });

  it('without the list, asks only for an image given as private', () => {
    expect(asksCredentials(form(`image=${PRIVATE}`), undefined)).toBe(false);
    expect(asksCredentials(form(`image=${PRIVATE}&custom=1`), undefined)).toBe(true);
  });
});

describe('formReadiness', () => {
  it('wants both registry credentials for a private image, and none for a public one', () => {
    const privateForm = form(`type=headless&image=${PRIVATE}&custom=1&registryUser=jdoe`);
    expect(formReadiness(privateForm, inputs()).registryMissing).toEqual(['secret']);
    expect(formReadiness(privateForm, inputs({ secret: 's3cret' })).registryMissing).toEqual([]);
    expect(formReadiness(form(`type=headless&image=${PUBLIC}`), inputs()).registryMissing).toEqual([]);
  });

  it('counts against the platform’s session limit and suggests no name a launch may have taken', () => {
    const readiness = formReadiness(
      form(`type=notebook&image=${PUBLIC}`),
      inputs({ sessions: [running('notebook1')], reserved: ['notebook2'] }),
    );
    expect(readiness.blocker).toBe('limit');
    expect(readiness.name).toBe('notebook3');
  });
});

describe('formRequest', () => {
  it('sends the registry credentials only when both are given', () => {
    const privateForm = form(`type=headless&image=${PRIVATE}&custom=1&registryUser=jdoe`);
    expect(formRequest(privateForm, 'job', inputs({ secret: 's3cret' })).registryAuth).toEqual({
      username: 'jdoe',
      secret: 's3cret',
    });
    expect(formRequest(privateForm, 'job', inputs()).registryAuth).toBeUndefined();
  });

  it('sends the platform’s default for a value it does not offer, and GPUs only where enabled', () => {
    const fixed = form(`type=notebook&image=${PUBLIC}&resources=fixed&cores=3&ram=16&gpus=1`);
    expect(formRequest(fixed, 'nb', inputs())).toMatchObject({ name: 'nb', cores: 2, ram: 16, gpus: 1 });
    expect(formRequest(fixed, 'nb', inputs({ gpusEnabled: false })).gpus).toBeUndefined();
  });
});
