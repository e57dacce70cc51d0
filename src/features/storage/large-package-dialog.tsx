import { Text } from '@mantine/core';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/lib/format-bytes';

interface LargePackageDialogProps {
  bytes: number;
  /** One file rather than a package. */
  file?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asked before a package, or a file, that this browser must hold whole in memory grows past what it can safely
 * hold.
 */
export function LargePackageDialog({ bytes, file = false, onConfirm, onClose }: LargePackageDialogProps) {
  const { t, i18n } = useTranslation();
  const size = formatBytes(bytes, i18n.language);
  return (
    <ConfirmDialog
      title={file ? t('storage.package.largeFileTitle') : t('storage.package.largeTitle')}
      cancelLabel={t('storage.actions.cancel')}
      confirmLabel={t('storage.package.largeConfirm')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Text size="sm">
        {file ? t('storage.package.largeFileBody', { size }) : t('storage.package.largeBody', { size })}
      </Text>
    </ConfirmDialog>
  );
}
