import {
  IconAppWindow,
  IconBook,
  IconBox,
  IconDeviceDesktop,
  IconFlame,
  IconPuzzle,
  IconTelescope,
  IconTerminal,
  type Icon,
} from '@tabler/icons-react';
import { isKnownSessionType, type KnownSessionType } from '@/api/skaha/session-schemas';

const ICONS: Record<KnownSessionType, Icon> = {
  notebook: IconBook,
  desktop: IconDeviceDesktop,
  carta: IconTelescope,
  firefly: IconFlame,
  contributed: IconPuzzle,
  headless: IconTerminal,
  'desktop-app': IconAppWindow,
};

/** Decorative: the type is always written next to it. */
export function SessionTypeIcon({ type, size = 20 }: { type: string; size?: number }) {
  // a type skaha added after this portal was built gets a generic box
  const Component = isKnownSessionType(type) ? ICONS[type] : IconBox;
  // never squeezed by a long label beside it in a flex row
  return <Component size={size} aria-hidden stroke={1.6} style={{ flexShrink: 0 }} />;
}
