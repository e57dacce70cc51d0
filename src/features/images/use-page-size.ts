import { useState } from 'react';
import { readPreference, writePreference } from '../../lib/preferences';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_SIZE = 25;

function storedSize(): number {
  const stored = Number(readPreference('images.pageSize'));
  return PAGE_SIZES.some((size) => size === stored) ? stored : DEFAULT_SIZE;
}

/** Rows per page, remembered across visits (a preference, not part of the URL). */
export function usePageSize(): [number, (size: number) => void] {
  const [size, setSize] = useState(storedSize);
  return [
    size,
    (next: number) => {
      writePreference('images.pageSize', String(next));
      setSize(next);
    },
  ];
}
