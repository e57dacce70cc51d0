import { IconBox, IconChartBar, IconFolder, IconTerminal2, type Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { loadMantineStyles } from '../components/styles/load-mantine-styles';
import type { FeatureName, PortalConfig } from '../config/config-schema';
import type { en } from '../i18n/en';
import type { AreaStrings } from '../i18n/translation';
import { paths, routePatterns } from '../lib/paths';

/** One area of the portal: its route, its navigation entry and the feature flag that owns both. */
export interface Area {
  pattern: string;
  to: string;
  label: `nav.${keyof typeof en.nav}`;
  icon: Icon;
  feature?: FeatureName;
  /** The area's strings (src/i18n/<language>/<area>.ts), loaded with its route module. */
  strings: AreaStrings;
  /** The area's route module, loaded when the area is first visited. */
  load: () => Promise<ComponentType>;
}

export const areas: readonly Area[] = [
  {
    pattern: routePatterns.sessions,
    to: paths.sessions(),
    label: 'nav.sessions',
    strings: 'sessions',
    icon: IconTerminal2,
    load: async () => (await import('../features/sessions/sessions-page')).SessionsPage,
  },
  {
    pattern: routePatterns.images,
    to: paths.images(),
    label: 'nav.images',
    strings: 'images',
    icon: IconBox,
    feature: 'images',
    load: async () => (await withStyles(import('../features/images/images-page'))).ImagesPage,
  },
  {
    pattern: routePatterns.storage,
    to: paths.storage(),
    label: 'nav.storage',
    strings: 'storage',
    icon: IconFolder,
    feature: 'storage',
    load: async () => (await withStyles(import('../features/storage/storage-page'))).StoragePage,
  },
  {
    pattern: routePatterns.usage,
    to: paths.usage(),
    label: 'nav.usage',
    strings: 'usage',
    icon: IconChartBar,
    feature: 'usage',
    load: async () => (await withStyles(import('../features/usage/usage-page'))).UsagePage,
  },
];

/** A page's module, once it and the Mantine stylesheets the first page did not load are both in. */
async function withStyles<T>(page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, loadMantineStyles()]);
  return module;
}

/** What a deployment shows: a flag that is off removes the area's route and its navigation entry. */
export function enabledAreas<T extends Pick<Area, 'feature'>>(
  all: readonly T[],
  features: PortalConfig['features'],
): T[] {
  return all.filter((area) => !area.feature || features[area.feature]);
}
