import { Alert, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useIsAnonymousToHarbor } from './use-harbor-api';

/** Says whose view of the registry this is: anonymous (public projects only) or signed in. */
export function AccessNotice() {
  const { t } = useTranslation();
  const anonymous = useIsAnonymousToHarbor();
  if (!anonymous) {
    return (
      <Text size="sm" c="dimmed">
        {t('images.signedIn')}
      </Text>
    );
  }
  return (
    <Alert role="note" variant="light" color="blue" icon={<IconWorld aria-hidden />}>
      {t('images.anonymous')}
    </Alert>
  );
}
