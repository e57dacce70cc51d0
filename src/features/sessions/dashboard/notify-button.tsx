import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks for notification permission only when the user clicks, never on load, and says what the answer means. */
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
        void Notification.requestPermission().then((answer) => {
          setPermission(answer);
          if (answer === 'granted') notifications.show({ message: t('sessions.notifyOn') });
          else notifications.show({ color: 'yellow', message: t('sessions.notifyOff') });
        });
      }}
    >
      {t('sessions.notify')}
    </Button>
  );
}
