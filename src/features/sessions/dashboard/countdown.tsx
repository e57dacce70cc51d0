import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { remaining } from './time-left';
import { useNow } from './use-now';

/** "3 d 4 h left", "42 min left": re-renders on the shared tick, not with its tile. */
export function Countdown({ expiry }: { expiry: number }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = remaining(expiry, now);
  let text: string;
  if (!left) text = t('sessions.tile.expired');
  else if (left.days > 0) text = t('sessions.tile.leftDays', { days: left.days, hours: left.hours });
  else if (left.hours > 0) text = t('sessions.tile.leftHours', { hours: left.hours, minutes: left.minutes });
  else text = t('sessions.tile.leftMinutes', { minutes: left.minutes });
  return (
    <Text size="sm" component="span">
      {text}
    </Text>
  );
}
