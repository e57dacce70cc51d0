import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LaunchableType } from '@/api/skaha/session-schemas';

/**
 * Said whenever the form shows the user's last launch instead of its defaults: otherwise a plain open of the
 * form looks different for everyone in a room, and nobody knows why.
 */
export function RestoredNotice({ type, onReset }: { type: LaunchableType; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" role="status" icon={<IconHistory aria-hidden />}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm">{t('launch.form.restored', { type: t(`sessions.types.${type}`) })}</Text>
        <Button size="xs" variant="default" onClick={onReset}>
          {t('launch.form.resetDefaults')}
        </Button>
      </Group>
    </Alert>
  );
}
