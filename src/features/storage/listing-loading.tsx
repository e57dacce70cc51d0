import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The folder's rows before its listing arrives. */
export function ListingLoading() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status" aria-busy="true" aria-label={t('storage.loading')}>
      <Skeleton height={36} />
      <Skeleton height={36} />
      <Skeleton height={36} />
    </Stack>
  );
}
