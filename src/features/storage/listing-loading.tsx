import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useListingProgress } from '@/api/storage/listing-progress';
import { formatBytes } from '@/lib/format-bytes';

/** The folder's rows before its listing arrives, with how much has come once it is a big one. */
export function ListingLoading({ progressKey }: { progressKey: string }) {
  const { t, i18n } = useTranslation();
  const progress = useListingProgress(progressKey);
  const formattedCount = new Intl.NumberFormat(i18n.language).format(progress?.entries ?? 0);
  return (
    <Stack gap="xs" role="status" aria-busy="true" aria-label={t('storage.loading')}>
      {progress && (
        <Text size="sm" c="dimmed">
          {progress.reading
            ? t('storage.listingReading', { count: progress.entries, formattedCount })
            : t('storage.listingReceived', {
                count: progress.entries,
                formattedCount,
                size: formatBytes(progress.bytes, i18n.language),
              })}
        </Text>
      )}
      <Skeleton height={36} />
      <Skeleton height={36} />
      <Skeleton height={36} />
    </Stack>
  );
}
