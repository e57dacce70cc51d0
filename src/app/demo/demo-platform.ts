import { createContext, useContext, type ComponentType } from 'react';

/** What the portal may ask of the demo's fake platform (mocks/browser.ts); absent outside demo mode. */
export interface DemoPlatform {
  /** The scenarios the tab's fake platform runs, by their names (`busy`, `slow`…); empty for the default. */
  scenarios: readonly string[];
  /** Starts the fake platform afresh in the default scenario, keeping whoever is signed in. */
  resetToDefault: () => void;
  /** The banner that names the scenarios (./scenario-banner.tsx), in the demo's own chunk. */
  Banner: ComponentType;
}

export const DemoPlatformContext = createContext<DemoPlatform | undefined>(undefined);

export function useDemoPlatform(): DemoPlatform | undefined {
  return useContext(DemoPlatformContext);
}
