import { useState } from 'react';
import { useCurrentUser } from '@/auth/auth-context';
import { readUserPreference, writeUserPreference } from '@/lib/preferences';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_SIZE = 25;

function storedSize(username: string): number {
  const stored = Number(readUserPreference(username, 'images.pageSize'));
  return PAGE_SIZES.some((size) => size === stored) ? stored : DEFAULT_SIZE;
}

/** Rows per page, remembered across visits for this user; a shared page's own size wins (useListParams). */
export function usePageSize(): [number, (size: number) => void] {
  const { username } = useCurrentUser();
  const [size, setSize] = useState(() => storedSize(username));
  return [
    size,
    (next: number) => {
      writeUserPreference(username, 'images.pageSize', String(next));
      setSize(next);
    },
  ];
}
