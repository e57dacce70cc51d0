import { Alert } from '@mantine/core';
import { IconHourglassLow } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUR_MS } from './time-left';
import { useNow } from './use-now';

const notified = new Set<string>();

/**
 * Whether a running session has under an hour left, and how many minutes; the first time it has, a browser
 * notification if the user allowed them. Used by the tile and by the notice every page shows: the two share
 * this module's record of what was notified, so a session is notified once.
 */
export function useEndingSoon(id: string, name: string, expiry: number): { soon: boolean; minutes: number } {
  const { t } = useTranslation();
  const now = useNow();
  const soon = expiry - now < HOUR_MS && expiry > now;
  const minutes = Math.max(0, Math.floor((expiry - now) / 60_000));
  useEffect(() => {
    if (!soon || notified.has(id)) return;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    notified.add(id);
    try {
      new Notification(t('sessions.tile.expiringTitle', { name }), {
        body: t('sessions.tile.expiringBody', { count: minutes, minutes }),
        tag: `session-expiry-${id}`,
      });
    } catch {
      // Chrome on Android grants the permission but shows notifications only through a service worker, and
      // throws here ("Illegal constructor"): the warning on the page stays, the page must not fail.
    }
  }, [soon, id, name, minutes, t]);
  return { soon, minutes };
}

/**
 * Under an hour left: a warning in the tile, and once a browser notification if the user allowed them. It has
 * no Renew of its own: a renew ends the warning, which would take its button (holding the focus) and its
 * confirmation with it; the tile's Renew stays.
 */
export function ExpiryWarning({ id, name, expiry }: { id: string; name: string; expiry: number }) {
  const { t } = useTranslation();
  const { soon, minutes } = useEndingSoon(id, name, expiry);
  if (!soon) return null;
  return (
    // not a live alert: its minutes change every minute, and a screen reader would read it out each time
    // (the notice on every page says once that the session ends soon, ../ending-soon-notice.tsx)
    <Alert color="orange" variant="light" icon={<IconHourglassLow aria-hidden />} p="xs" role="note">
      {t('sessions.tile.expiringBody', { count: minutes, minutes })}
    </Alert>
  );
}
