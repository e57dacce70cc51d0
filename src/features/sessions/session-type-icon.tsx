import {
  IconAppWindow,
  IconBook,
  IconDeviceDesktop,
  IconFlame,
  IconPuzzle,
  IconTelescope,
  IconTerminal,
  type Icon,
} from '@tabler/icons-react';
import type { SessionType } from '../../api/skaha/session-schemas';

const ICONS: Record<SessionType, Icon> = {
  notebook: IconBook,
  desktop: IconDeviceDesktop,
  carta: IconTelescope,
  firefly: IconFlame,
  contributed: IconPuzzle,
  headless: IconTerminal,
  'desktop-app': IconAppWindow,
};

/** Decorative: the type is always written next to it. */
export function SessionTypeIcon({ type, size = 20 }: { type: SessionType; size?: number }) {
  const Component = ICONS[type];
  // never squeezed by a long label beside it in a flex row
  return <Component size={size} aria-hidden stroke={1.6} style={{ flexShrink: 0 }} />;
}
