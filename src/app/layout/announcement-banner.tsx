import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement, AnnouncementLevel } from '@/config/announcement-schema';
import { useConfig } from '@/config/config-context';
import { useAuthState } from '@/auth/auth-context';
import { readUserPreference, writeUserPreference } from '@/lib/preferences';

const COLORS: Record<AnnouncementLevel, string> = { info: 'blue', warning: 'yellow', maintenance: 'red' };
const ICONS: Record<AnnouncementLevel, typeof IconInfoCircle> = {
  info: IconInfoCircle,
  warning: IconAlertTriangle,
  maintenance: IconTool,
};

/** The text in the reader's language, else the English one (which the schema requires). */
function localized(text: Announcement['message'], language: string): string {
  return (language === 'fr' ? text.fr : undefined) ?? text.en;
}

/**
 * The deployment's announcement from config.json, above every page's content. Info and warning can be
 * dismissed, and stay dismissed for that `id` only (a new announcement shows again); maintenance cannot.
 * The dismissal is the signed-in user's; on the sign-in screen it lasts only until the page changes.
 */
export function AnnouncementBanner() {
  const { announcement } = useConfig();
  const auth = useAuthState();
  const username = auth.status === 'signedOut' ? undefined : auth.user.username;
  // Read at each render: the user may change under a banner that stays mounted (the demo's user switcher).
  const storedId =
    username === undefined ? undefined : readUserPreference(username, 'announcement.dismissed');
  const [dismissed, setDismissed] = useState<{ username: string | undefined; id: string }>();
  const dismissedId = dismissed && dismissed.username === username ? dismissed.id : storedId;
  if (!announcement) return null;
  const isDismissible = announcement.level !== 'maintenance';
  if (isDismissible && dismissedId === announcement.id) return null;
  return (
    <Banner
      announcement={announcement}
      onDismiss={
        isDismissible
          ? () => {
              if (username !== undefined)
                writeUserPreference(username, 'announcement.dismissed', announcement.id);
              setDismissed({ username, id: announcement.id });
            }
          : undefined
      }
    />
  );
}

function Banner({ announcement, onDismiss }: { announcement: Announcement; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  const { level, message, link } = announcement;
  const Icon = ICONS[level];
  return (
    <Alert
      // maintenance interrupts (the platform is or will be unavailable); the others wait their turn
      role={level === 'maintenance' ? 'alert' : 'status'}
      aria-label={t('announcement.label')}
      variant="light"
      color={COLORS[level]}
      icon={<Icon size={20} aria-hidden />}
      withCloseButton={onDismiss !== undefined}
      closeButtonLabel={t('announcement.dismiss')}
      onClose={onDismiss}
      mb="md"
      data-level={level}
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        <Text span fw={700} size="sm">
          {t('announcement.prefix', { level: t(`announcement.levels.${level}`) })}
        </Text>{' '}
        {localized(message, i18n.language)}
        {link && (
          <>
            {' '}
            {/* the message's own colour, underlined: the theme's link colour is too faint on dark alert colours */}
            <Anchor
              href={link.href}
              size="sm"
              fw={600}
              c="inherit"
              underline="always"
              rel="noopener noreferrer"
            >
              {localized(link.label, i18n.language)}
            </Anchor>
          </>
        )}
      </Text>
    </Alert>
  );
}
