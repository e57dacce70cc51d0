/** Every route path in one table; features link through these builders, never by string. */
export const paths = {
  home: () => '/',
  sessions: () => '/sessions',
} as const;

export const routePatterns = {
  sessions: 'sessions',
} as const;
