import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sessionKey, type SessionUsage, type UsageTotals } from '@/api/usage/usage-figures';
import { isUnjudgedFlexible, topAdvice } from './advice';
import { comparisonLine, compareToPrevious, previousPeriodWords } from './delta';
import { kindLabel } from './kind-label';
import { useUsageFormat } from './use-usage-format';
import type { UsagePeriod } from './use-usage-window';

/**
 * The five headline figures of a scope over the window, each beside the same figure over the previous period
 * of the same length once that has arrived.
 */
export function TotalsGrid({
  totals,
  previous,
  period,
}: {
  totals: UsageTotals;
  previous?: UsageTotals | undefined;
  period: UsagePeriod;
}) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const before = previousPeriodWords(t, period);
  const delta = (pick: (figures: UsageTotals) => number) =>
    previous && comparisonLine(t, compareToPrevious(pick(totals), pick(previous)), before, format.percent);
  const figures = [
    {
      id: 'cpu',
      label: t('usage.totals.cpuCoreHours'),
      value: format.amount(totals.cpuCoreHours),
      delta: delta((figures) => figures.cpuCoreHours),
    },
    {
      id: 'memory',
      label: t('usage.totals.memoryGibHours'),
      value: format.amount(totals.memoryGibHours),
      delta: delta((figures) => figures.memoryGibHours),
    },
    {
      id: 'gpu',
      label: t('usage.totals.gpuHours'),
      value: format.amount(totals.gpuHours),
      delta: delta((figures) => figures.gpuHours),
      note: t('usage.totals.gpuNote'),
    },
    {
      id: 'hours',
      label: t('usage.totals.sessionHours'),
      value: format.amount(totals.sessionHours),
      delta: delta((figures) => figures.sessionHours),
    },
    {
      id: 'sessions',
      label: t('usage.totals.sessions'),
      value: format.count(totals.sessions),
      delta: delta((figures) => figures.sessions),
    },
  ];
  return (
    <section aria-label={t('usage.totals.heading')}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {figures.map((figure) => (
          <Paper key={figure.id} withBorder p="sm" data-figure={figure.id}>
            <Text size="sm" c="dimmed" component="h2">
              {figure.label}
            </Text>
            <Text fz="xl" fw={700}>
              {figure.value}
            </Text>
            {figure.delta && (
              <Text size="xs" c="dimmed" data-delta>
                {figure.delta}
              </Text>
            )}
            {figure.note && (
              <Text size="xs" c="dimmed">
                {figure.note}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

const share = (used: number, requested: number) => (requested > 0 ? used / requested : 0);

/**
 * Used against requested, and what to ask for next time. `of`: whose sessions these are, the user's own or a
 * project's members' (whose advice names each session's user rather than saying "you").
 */
export function EfficiencyPanel({
  totals,
  sessions,
  of,
}: {
  totals: UsageTotals;
  sessions: readonly SessionUsage[] | undefined;
  of: 'you' | 'members';
}) {
  const { t } = useTranslation();
  const strings = of === 'you' ? 'usage.efficiency' : 'usage.efficiency.members';
  const format = useUsageFormat();
  const advice = sessions ? topAdvice(sessions) : [];
  const fixed = sessions?.filter((session) => !session.flexible) ?? [];
  const hasFlexible = sessions?.some(isUnjudgedFlexible) ?? false;
  return (
    <Paper component="section" withBorder p="md" aria-label={t('usage.efficiency.heading')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('usage.efficiency.heading')}
        </Title>
        {totals.sessions === 0 ? (
          <Text>{t('usage.efficiency.nothing')}</Text>
        ) : (
          <>
            <Text>
              {t('usage.efficiency.cpu', {
                used: format.amount(totals.cpuCoreHours),
                requested: format.amount(totals.cpuRequestedCoreHours),
                percent: format.percent(share(totals.cpuCoreHours, totals.cpuRequestedCoreHours)),
              })}
            </Text>
            <Text>
              {t('usage.efficiency.memory', {
                used: format.amount(totals.memoryGibHours),
                requested: format.amount(totals.memoryRequestedGibHours),
                percent: format.percent(share(totals.memoryGibHours, totals.memoryRequestedGibHours)),
              })}
            </Text>
            <Title order={3} size="h5" mt="xs">
              {t('usage.efficiency.adviceHeading')}
            </Title>
            {/* "asked for about what they used" says nothing when every session was flexible */}
            {sessions && advice.length === 0 && (fixed.length > 0 || !hasFlexible) && (
              <Text>{t(`${strings}.noAdvice`)}</Text>
            )}
            {advice.length > 0 && (
              <List spacing={4}>
                {advice.map((item) => (
                  <List.Item key={`${sessionKey(item.session)}:${item.resource}`}>
                    {item.resource === 'memory'
                      ? t(`${strings}.memoryAdvice`, {
                          session: item.session.name || item.session.id,
                          user: item.session.username,
                          kind: kindLabel(t, item.session.kind),
                          requested: format.amount(item.requested),
                          peak: format.amount(item.peak),
                          suggested: format.count(item.suggested),
                          count: item.suggested,
                        })
                      : t(`${strings}.cpuAdvice`, {
                          session: item.session.name || item.session.id,
                          user: item.session.username,
                          kind: kindLabel(t, item.session.kind),
                          requested: format.amount(item.requested),
                          used: format.amount(item.used),
                          suggested: format.count(item.suggested),
                          count: item.suggested,
                        })}
                  </List.Item>
                ))}
              </List>
            )}
            {hasFlexible && (
              <Text size="sm" c="dimmed">
                {t('usage.efficiency.flexible')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
