import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/lib/format-bytes';

interface LargePackageDialogProps {
  bytes: number;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asked before a package that this browser must hold whole in memory grows past what it can safely hold. */
export function LargePackageDialog({ bytes, onConfirm, onClose }: LargePackageDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('storage.package.largeTitle')}
      closeButtonProps={{ 'aria-label': t('storage.actions.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('storage.package.largeBody', { size: formatBytes(bytes, i18n.language) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('storage.actions.cancel')}
          </Button>
          <Button onClick={onConfirm}>{t('storage.package.largeConfirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
