import { Card, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import { intervalPerState } from '@/lib/slowing-poll';
import { afterPaint } from '@/lib/after-paint';
import { contextQueryOptions, platformStatsQueryOptions } from '@/api/skaha/platform-queries';
import { ErrorAlert } from '@/components/error-alert';
import { useHeldError } from '@/lib/use-held-error';
import { lazyPart, LazyMount } from '@/components/lazy-part';
import { TextLinePlaceholder } from '@/components/text-line-placeholder';

// The meters draw figures that arrive after the first paint: their code (and Progress) arrives beside them.
const platformMeters = lazyPart(() => import('./platform-meters'));

/** Cores and RAM allocated against capacity, and the largest session allowed (current and legacy shapes). */
export function PlatformLoad() {
  const { t } = useTranslation();
  const api = useApi();
  // skaha fails closed with 503 when its metrics are down: say so at once rather than retrying, and look
  // again with the next poll (later while it keeps failing)
  const stats = useQuery({
    ...platformStatsQueryOptions(api),
    refetchInterval: (query) => intervalPerState(query, '', () => pollAfter(60_000, query)),
    retry: false,
  });
  const statsError = useHeldError(stats);
  // what the launch form offers: the largest session beside the statistics' own figure (largest-session.ts)
  const context = useQuery(contextQueryOptions(api));
  // beside the figures, once the page around them is painted
  useEffect(() => afterPaint(platformMeters.prefetch), []);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="platform-load-heading"
      aria-busy={stats.isPending || undefined}
    >
      <Stack gap="sm">
        <Title order={2} size="h5" id="platform-load-heading">
          {t('sessions.load.title')}
        </Title>
        {statsError && (
          <ErrorAlert
            error={statsError}
            title={t('sessions.load.unavailable')}
            // the service's words name the sessions service, whose sessions the page shows working below
            explanation={t('sessions.load.unavailableText')}
            onRetry={() => void stats.refetch()}
          />
        )}
        {stats.isPending && !statsError && <MetersPlaceholder />}
        {stats.data && (
          <LazyMount part={platformMeters} fallback={<MetersPlaceholder />}>
            {({ PlatformMeters }) => <PlatformMeters stats={stats.data} context={context.data} />}
          </LazyMount>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The meters' place while their figures or code arrive, as tall as they are (skaha's current stats, which no
 * longer count instances): the tiles below do not move.
 */
function MetersPlaceholder() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" aria-hidden>
      {[0, 1].map((meter) => (
        <Stack gap={4} key={meter}>
          <TextLinePlaceholder width={200} />
          <Skeleton height={8} radius="xl" />
        </Stack>
      ))}
      <Stack gap={2}>
        <TextLinePlaceholder width={120} />
        <TextLinePlaceholder width={200} />
      </Stack>
    </SimpleGrid>
  );
}
