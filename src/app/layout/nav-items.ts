import { IconTerminal2, type Icon } from '@tabler/icons-react';
import type { FeatureName } from '../../config/config-schema';
import type { en } from '../../i18n/en';
import { paths } from '../../lib/paths';

export interface NavItem {
  to: string;
  label: `nav.${keyof typeof en.nav}`;
  icon: Icon;
  /** The feature flag that owns the route; absent for routes every deployment has. */
  feature?: FeatureName;
}

export const navItems: readonly NavItem[] = [
  { to: paths.sessions(), label: 'nav.sessions', icon: IconTerminal2 },
];
