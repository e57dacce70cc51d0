import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { isApiError } from '../http/api-error';
import {
  deleteNodesMutationOptions,
  moveNodesMutationOptions,
  type DeleteRequest,
  type MoveRequest,
} from './node-mutations';

const AUTHORITY = 'cadc.nrc.ca~arc';

/** Runs the delete as the page does, through a mutation of a query client. */
function deleteNodes(request: DeleteRequest) {
  const client = new QueryClient();
  const options = deleteNodesMutationOptions(createTestApi(tokenFor('jdoe')), AUTHORITY);
  return client.getMutationCache().build(client, options).execute(request);
}

/** Runs a move or rename as the page does. */
function moveNodes(request: MoveRequest) {
  const client = new QueryClient();
  const options = moveNodesMutationOptions(createTestApi(tokenFor('jdoe')), AUTHORITY);
  return client.getMutationCache().build(client, options).execute(request);
}

const nodes = () => getPlatform().storage.nodes;
const deleteJobs = () => Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'delete');

describe('deleting storage nodes', () => {
  it('sends a folder cavern refuses as not empty to the recursive job', async () => {
    expect(Object.keys(nodes()).some((path) => path.startsWith('/home/jdoe/data/'))).toBe(true);
    await deleteNodes({ entries: [{ path: '/home/jdoe/data', kind: 'container' }] });
    expect(Object.keys(nodes()).filter((path) => path.startsWith('/home/jdoe/data'))).toEqual([]);
    expect(deleteJobs()).toHaveLength(1);
  });

  it('stops at any other refusal of a folder, and never reaches for the recursive job', async () => {
    failNext('storage', { status: 403, body: 'PermissionDenied: /home/jdoe/data\n' });
    const error: unknown = await deleteNodes({
      entries: [{ path: '/home/jdoe/data', kind: 'container' }],
    }).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(403);
    expect(deleteJobs()).toEqual([]);
    expect(nodes()['/home/jdoe/data']).toBeDefined();
  });

  it('stops before the next item once its signal is aborted, and says which it kept', async () => {
    const stop = new AbortController();
    const phases: string[] = [];
    const outcome = await deleteNodes({
      entries: [
        { path: '/home/jdoe/catalog.csv', kind: 'data' },
        { path: '/home/jdoe/notes.txt', kind: 'data' },
      ],
      onPhase: (path, phase) => {
        phases.push(`${path} ${phase}`);
        stop.abort();
      },
      signal: stop.signal,
    });
    expect(outcome).toEqual({ kept: ['/home/jdoe/notes.txt'] });
    expect(phases).toEqual(['/home/jdoe/catalog.csv COMPLETED']);
    expect(nodes()['/home/jdoe/catalog.csv']).toBeUndefined();
    expect(nodes()['/home/jdoe/notes.txt']).toBeDefined();
  });

  it('marks the item that failed as failed, and tries none after it', async () => {
    failNext('storage', { status: 500, method: 'DELETE' });
    const phases: string[] = [];
    const error: unknown = await deleteNodes({
      entries: [
        { path: '/home/jdoe/catalog.csv', kind: 'data' },
        { path: '/home/jdoe/notes.txt', kind: 'data' },
      ],
      onPhase: (path, phase) => phases.push(`${path} ${phase}`),
    }).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(500);
    expect(phases).toEqual(['/home/jdoe/catalog.csv ERROR']);
    expect(nodes()['/home/jdoe/notes.txt']).toBeDefined();
  });
});

describe('a rename whose answer was lost', () => {
  const rename = {
    sources: ['/home/jdoe/notes.txt'],
    mode: 'rename',
    destination: '/home/jdoe/log.txt',
  } as const;

  it('follows the job when the answer to starting it was lost, and finishes', async () => {
    // the POSTs: the job made, then RUN, whose answer is lost once the job has started
    failNext('storage', { status: 0, method: 'POST', skip: 1, afterWork: true });
    const phases: string[] = [];
    await moveNodes({ ...rename, onPhase: (_path, phase) => phases.push(phase) });
    expect(phases.at(-1)).toBe('COMPLETED');
    expect(nodes()['/home/jdoe/log.txt']).toBeDefined();
    expect(nodes()['/home/jdoe/notes.txt']).toBeUndefined();
  });

  it('says the failure when RUN never arrived: the job never started and nothing moved', async () => {
    failNext('storage', { status: 0, method: 'POST', skip: 1 });
    const error: unknown = await moveNodes(rename).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(0);
    expect(nodes()['/home/jdoe/notes.txt']).toBeDefined();
    expect(nodes()['/home/jdoe/log.txt']).toBeUndefined();
  });

  it('counts the item renamed when the answer to its last poll was lost and it is at its new name', async () => {
    // the GETs: the new name looked for, the job read after it was made and after RUN, then its first poll,
    // which waits for the job to run and whose answer is lost
    failNext('storage', { status: 0, method: 'GET', skip: 3, afterWork: true });
    const phases: string[] = [];
    await moveNodes({ ...rename, onPhase: (_path, phase) => phases.push(phase) });
    expect(phases).toEqual(['PENDING', 'EXECUTING', 'COMPLETED']);
    expect(nodes()['/home/jdoe/log.txt']).toBeDefined();
  });
});
