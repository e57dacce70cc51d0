import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/lib/format-bytes';
import { nameInSentence } from '@/lib/names';
import { formatCount } from './format';
import type { SpaceShortfall } from './upload-plan';

/** A batch not sent because its storage space had too little room: how much it needs, how much is free. */
export function SpaceRefusalAlert({ refusal, onClose }: { refusal: SpaceShortfall; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const bytes = (value: number) => formatBytes(value, i18n.language);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('storage.upload.noSpaceBatchTitle')}
      withCloseButton
      closeButtonLabel={t('storage.actions.close')}
      onClose={onClose}
    >
      {t('storage.upload.noSpaceBatch', {
        count: refusal.files,
        formattedCount: formatCount(refusal.files, i18n.language),
        needed: bytes(refusal.needed),
        free: bytes(refusal.free),
        root: nameInSentence(refusal.root),
      })}
    </Alert>
  );
}
