import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameInSentence } from '@/lib/names';

/** Why a batch was refused before anything was sent: it would write these destinations twice. */
export function UploadClashAlert({ paths }: { paths: readonly string[] }) {
  const { t } = useTranslation();
  if (paths.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('storage.upload.clashTitle')}>
      {t('storage.upload.clash', {
        count: paths.length,
        names: paths.map((path) => nameInSentence(path)).join(', '),
      })}
    </Alert>
  );
}
