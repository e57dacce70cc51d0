import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ListLoading({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy="true" aria-label={t('images.loading')} role="status">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={36} />
      ))}
    </Stack>
  );
}
