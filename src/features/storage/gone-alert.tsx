import { Alert } from '@mantine/core';
import { IconFileUnknown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { nameOf } from '@/api/storage/vos-uri';
import { listNames } from './list-names';

/**
 * Items a move or rename found no longer there (moved or deleted by another client since the listing was read):
 * said as what happened to them, not as a failure to try again.
 */
export function GoneAlert({ paths }: { paths: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const names = listNames(
    paths.map(nameOf),
    (name) => t('storage.move.quotedName', { name }),
    (count) => t('storage.move.moreNames', { count }),
    i18n.language,
  );
  return (
    <Alert color="gray" variant="light" role="alert" icon={<IconFileUnknown aria-hidden />}>
      {t('storage.gone', { count: paths.length, names })}
    </Alert>
  );
}
