import { createContext, useContext, type ReactNode } from 'react';
import type { FeatureName, PortalConfig } from './config-schema';

const ConfigContext = createContext<PortalConfig | null>(null);

export function ConfigProvider({ config, children }: { config: PortalConfig; children: ReactNode }) {
  return <ConfigContext value={config}>{children}</ConfigContext>;
}

export function useConfig(): PortalConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig needs a ConfigProvider');
  return config;
}

export function useFeature(feature: FeatureName): boolean {
  return useConfig().features[feature];
}
