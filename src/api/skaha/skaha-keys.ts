export interface SessionListFilters {
  view?: 'interactive';
  type?: string;
  status?: string;
}

/** Query keys for skaha, from general to specific: invalidating a prefix refreshes everything below it. */
export const skahaKeys = {
  all: ['skaha'] as const,
  sessions: () => [...skahaKeys.all, 'sessions'] as const,
  sessionLists: () => [...skahaKeys.sessions(), 'list'] as const,
  sessionList: (filters: SessionListFilters = {}) => [...skahaKeys.sessionLists(), filters] as const,
  session: (id: string) => [...skahaKeys.sessions(), 'detail', id] as const,
  sessionLogs: (id: string) => [...skahaKeys.session(id), 'logs'] as const,
  sessionEvents: (id: string) => [...skahaKeys.session(id), 'events'] as const,
  desktopApps: (sessionId: string) => [...skahaKeys.session(sessionId), 'apps'] as const,
  /**
   * When skaha last took a delete of a session (epoch ms): not a read of skaha, but what its 200 said, kept
   * where a tile that unmounts and comes back finds it; outside `sessions()`, whose invalidations refetch.
   */
  deleteTaken: (id: string) => [...skahaKeys.all, 'deleteTaken', id] as const,
  stats: () => [...skahaKeys.all, 'stats'] as const,
  images: (type?: string) => [...skahaKeys.all, 'images', type ?? 'all'] as const,
  context: () => [...skahaKeys.all, 'context'] as const,
  repositories: () => [...skahaKeys.all, 'repositories'] as const,
};
