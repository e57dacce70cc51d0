import { useEffect } from 'react';

declare global {
  interface Window {
    /** Set by the benchmark (bench/figures/sessions.ts) to count how many components commit per poll. */
    __portalRenderProbe?: (component: string) => void;
  }
}

/** Reports every commit of the calling component to the benchmark's probe, when one is installed. */
export function useRenderProbe(component: string): void {
  useEffect(() => {
    window.__portalRenderProbe?.(component);
  });
}
