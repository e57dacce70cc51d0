// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '@/api/skaha/session-schemas';
import { filterSessions } from './filter-sessions';

const sessions = [
  sessionSchema.parse({ id: 'a', name: 'notebook1', type: 'notebook', status: 'Running' }),
  sessionSchema.parse({ id: 'b', name: 'carta-m31', type: 'carta', status: 'Pending' }),
];
const frenchLabels = (session: (typeof sessions)[number]) => [
  session.status === 'Pending' ? 'En attente' : 'En cours',
];

describe('filterSessions', () => {
  it('keeps every session for an empty or blank filter', () => {
    expect(filterSessions(sessions, '   ', frenchLabels)).toHaveLength(2);
  });

  it('matches name, type and status case-insensitively', () => {
    expect(filterSessions(sessions, 'CARTA', frenchLabels).map((s) => s.id)).toEqual(['b']);
    expect(filterSessions(sessions, 'running', frenchLabels).map((s) => s.id)).toEqual(['a']);
  });

  it('matches the words shown in the user’s language', () => {
    expect(filterSessions(sessions, 'attente', frenchLabels).map((s) => s.id)).toEqual(['b']);
  });
});
