import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isUsageWindow, windowEnd, type UsageWindow } from '../../api/usage/usage-windows';

export const DEFAULT_WINDOW: UsageWindow = 'week';

/** The period in the URL (`?window=day|week|month|year`), so a view can be bookmarked and shared. */
export function useUsageWindow(): [UsageWindow, (window: UsageWindow) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get('window');
  const window = isUsageWindow(value) ? value : DEFAULT_WINDOW;
  const setWindow = (next: UsageWindow) => {
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('window', next);
        return params;
      },
      { replace: true },
    );
  };
  return [window, setWindow];
}

/** The instant every figure on the page is computed at, fixed when the page opens. */
export function useFiguresTime(): number {
  const [time] = useState(() => windowEnd(Date.now()));
  return time;
}
