import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { isApiError } from '../http/api-error';
import { deleteNodesMutationOptions, type DeleteRequest } from './node-mutations';

const AUTHORITY = 'cadc.nrc.ca~arc';

/** Runs the delete as the page does, through a mutation of a query client. */
function deleteNodes(request: DeleteRequest) {
  const client = new QueryClient();
  const options = deleteNodesMutationOptions(createTestApi(tokenFor('jdoe')), AUTHORITY);
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
