import { describe, expect, it } from 'vitest';
import { areArgsSecret, isDetectedSecret, looksLikeToken } from './launch-secrets';
import { readLaunchState, writeLaunchState } from './launch-state';
import { recallLaunch, rememberLaunch } from './remembered-launch';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJqZG9lIn0.c2lnbmF0dXJl';

describe('what counts as a secret', () => {
  it('names that say so, and values that look like tokens', () => {
    for (const key of [
      'API_TOKEN',
      'DB_PASSWORD',
      'aws_secret_access_key',
      'PGPASS',
      'MY_PWD',
      'AUTH_HEADER',
    ]) {
      expect(isDetectedSecret({ key, value: 'x' }), key).toBe(true);
    }
    for (const value of [
      JWT,
      'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
      '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
      'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==',
    ]) {
      expect(looksLikeToken(value), value).toBe(true);
    }
    for (const value of [
      '/arc/projects/survey/data2024/run17',
      'hello world',
      '8',
      'INFO',
      'output-2026-12-03',
    ]) {
      expect(looksLikeToken(value), value).toBe(false);
    }
    expect(isDetectedSecret({ key: 'N_THREADS', value: '8' })).toBe(false);
  });

  it('arguments when marked, or when one of them looks like a token', () => {
    expect(areArgsSecret('--input /arc/home/jdoe/a.fits', false)).toBe(false);
    expect(areArgsSecret('--input /arc/home/jdoe/a.fits', true)).toBe(true);
    expect(areArgsSecret(`--token=${JWT} -v`, false)).toBe(true);
    for (const args of [
      `-t '${JWT}'`,
      `TOKEN=${JWT}`,
      `--header "Authorization: Bearer ${JWT}"`,
      `token:${JWT}`,
    ])
      expect(areArgsSecret(args, false), args).toBe(true);
    expect(areArgsSecret('--catalog=survey.csv --url https://ws-uv.canfar.net/arc/files/x', false)).toBe(
      false,
    );
  });

  it('an environment value that carries a token among other words', () => {
    expect(isDetectedSecret({ key: 'HEADER', value: `Bearer ${JWT}` })).toBe(true);
    expect(isDetectedSecret({ key: 'OPTS', value: `--api='${JWT}' -v` })).toBe(true);
    expect(isDetectedSecret({ key: 'OPTS', value: '--threads 8 --out /arc/home/jdoe' })).toBe(false);
  });
});

describe('the launch form in the URL', () => {
  it('keeps secret values out, marked or detected, and keeps everything else', () => {
    const state = {
      ...readLaunchState(new URLSearchParams('type=headless&image=i&cmd=run')),
      args: '--verbose',
      env: [
        { key: 'N_THREADS', value: '8', secret: false },
        { key: 'DB_URL', value: 'postgres://db/survey', secret: true },
        { key: 'API_TOKEN', value: 'abc', secret: false },
        { key: 'HEADER', value: JWT, secret: false },
      ],
    };
    const url = writeLaunchState(state).toString();
    expect(url).toBe(
      'type=headless&image=i&cmd=run&args=--verbose&env=N_THREADS%3D8&env=DB_URL&env=API_TOKEN&env=HEADER',
    );
    for (const secret of ['postgres', 'abc', 'eyJ']) expect(url).not.toContain(secret);
    // reopened, the rows are there, marked secret and empty
    expect(readLaunchState(new URLSearchParams(url)).env).toEqual([
      { key: 'N_THREADS', value: '8', secret: false },
      { key: 'DB_URL', value: '', secret: true },
      { key: 'API_TOKEN', value: '', secret: true },
      { key: 'HEADER', value: '', secret: true },
    ]);
  });

  it('keeps a command that carries a token out, and a plain one in', () => {
    const state = readLaunchState(new URLSearchParams('type=headless&image=i'));
    expect(writeLaunchState({ ...state, cmd: `curl -H 'Authorization: Bearer ${JWT}'` }).toString()).toBe(
      'type=headless&image=i',
    );
    expect(writeLaunchState({ ...state, cmd: '/opt/run.sh' }).toString()).toBe(
      'type=headless&image=i&cmd=%2Fopt%2Frun.sh',
    );
  });

  it('keeps marked arguments out, and says they were there', () => {
    const state = readLaunchState(new URLSearchParams('type=headless&image=i&args=--key+s3cr3t'));
    const url = writeLaunchState({ ...state, argsSecret: true }).toString();
    expect(url).toBe('type=headless&image=i&argsSecret=1');
    expect(readLaunchState(new URLSearchParams(url))).toMatchObject({ args: '', argsSecret: true });
  });
});

describe('remembered launches', () => {
  it('are kept per user, without any environment value or the arguments', () => {
    localStorage.clear();
    const state = {
      ...readLaunchState(new URLSearchParams('type=headless&image=img&cores=4&resources=fixed&cmd=run')),
      args: '--password hunter2',
      env: [
        { key: 'SURVEY', value: 'north', secret: false },
        { key: 'API_TOKEN', value: 'abc', secret: false },
      ],
    };
    rememberLaunch('jdoe', state);
    const stored = Object.entries(localStorage).map(([key, value]) => `${key}=${String(value)}`);
    expect(stored.join('\n')).not.toMatch(/north|abc|hunter2|password/);

    expect(recallLaunch('mchen', 'headless')).toBeUndefined();
    expect(recallLaunch('jdoe', 'headless')).toMatchObject({
      image: 'img',
      cores: 4,
      cmd: 'run',
      args: '',
      env: [
        { key: 'SURVEY', value: '' },
        { key: 'API_TOKEN', value: '' },
      ],
    });
  });

  it('forgets an entry kept before launches were per user', () => {
    localStorage.clear();
    localStorage.setItem('science-portal.launch.headless', 'type=headless&image=old&env=A%3Dsecret');
    expect(recallLaunch('jdoe', 'headless')).toBeUndefined();
    expect(localStorage.getItem('science-portal.launch.headless')).toBeNull();
  });
});
