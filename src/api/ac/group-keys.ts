/** Query keys for GMS groups, from general to specific. */
export const groupKeys = {
  all: ['groups'] as const,
  led: () => [...groupKeys.all, 'led'] as const,
  memberships: () => [...groupKeys.all, 'memberships'] as const,
  detail: (name: string) => [...groupKeys.all, 'detail', name] as const,
};
