import { Button } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks for notification permission only when the user clicks: never on load. */
export function NotifyButton() {
  const { t } = useTranslation();
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported || permission !== 'default') return null;
  return (
    <Button
      variant="default"
      leftSection={<IconBell size={16} aria-hidden />}
      onClick={() => {
        void Notification.requestPermission().then(setPermission);
      }}
    >
      {t('sessions.notify')}
    </Button>
  );
}
