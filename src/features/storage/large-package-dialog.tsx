import { Text } from '@mantine/core';
import { ConfirmDialog } from '@/components/confirm-dialog';
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
    <ConfirmDialog
      title={t('storage.package.largeTitle')}
      cancelLabel={t('storage.actions.cancel')}
      confirmLabel={t('storage.package.largeConfirm')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Text size="sm">{t('storage.package.largeBody', { size: formatBytes(bytes, i18n.language) })}</Text>
    </ConfirmDialog>
  );
}
