import { Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import {
  memberUsageQueryOptions,
  sessionUsageQueryOptions,
  usageByKindQueryOptions,
  usageTotalsQueryOptions,
  type FigureRequest,
} from '@/api/usage/usage-figures';
import { isApiError } from '@/api/http/api-error';
import { useConfig } from '@/config/config-context';
import { KindSection } from './kind-section';
import { MembersSection } from './members-section';
import { TopSessions } from './top-sessions';
import { EfficiencyPanel, TotalsGrid } from './totals-panel';
import type { UsageScope } from '@/api/usage/promql';
import { previousPeriodEnd, type UsagePeriod } from './use-usage-window';
import { UsageErrorAlert } from './usage-error-alert';

interface ScopeUsageProps {
  scope: UsageScope;
  period: UsagePeriod;
  /** Shown in place of the service's own message when it refuses (a project's figures for a non-PI). */
  forbidden?: string;
  /** Shown under `forbidden` when the service refuses: what the user may see instead. */
  whenRefused?: ReactNode;
  fileName: string;
  /** Rendered after the figures (the storage card). */
  children?: ReactNode;
}

/** Every figure of one user or one project over the window: totals, efficiency, by type, members, top sessions. */
export function ScopeUsage({ scope, period, forbidden, whenRefused, fileName, children }: ScopeUsageProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { usage } = useConfig();
  const { time } = period;
  const request: FigureRequest = {
    scope,
    window: period.like,
    ...(period.span ? { span: period.span } : {}),
    time,
    scrapeInterval: usage.scrapeIntervalSeconds,
    recordingRules: usage.recordingRules,
  };
  // a whole project, read member by member; one user's sessions in a project read as that user's
  const isProject = scope.kind === 'project' && scope.username === undefined;
  const totals = useQuery(usageTotalsQueryOptions(api, request));
  // the previous period of the same length, for the comparison beside each figure (left out if it fails,
  // or if the service no longer holds it)
  const before = previousPeriodEnd(period);
  const previous = useQuery({
    ...usageTotalsQueryOptions(api, { ...request, time: before ?? time }),
    enabled: before !== undefined,
  });
  // disabled, that query's key is this period's own: its data is no previous period
  const previousTotals = before === undefined ? undefined : previous.data;
  const sessions = useQuery(sessionUsageQueryOptions(api, request));
  const byKind = useQuery(usageByKindQueryOptions(api, request));
  const members = useQuery({ ...memberUsageQueryOptions(api, request), enabled: isProject });
  const queries = isProject ? [totals, sessions, byKind, members] : [totals, sessions, byKind];
  const failed = queries.find((query) => query.isError);

  if (failed?.error) {
    const refused = forbidden !== undefined && isApiError(failed.error) && failed.error.status === 403;
    return (
      <Stack gap="md">
        {refused ? (
          <>
            <Text role="alert">{forbidden}</Text>
            {whenRefused}
          </>
        ) : (
          <UsageErrorAlert
            error={failed.error}
            onRetry={() => {
              for (const query of queries) if (query.isError) void query.refetch();
            }}
          />
        )}
        {children}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {totals.data ? (
        <TotalsGrid totals={totals.data} previous={previousTotals} period={period} />
      ) : (
        <Skeleton height={90} role="status" aria-busy="true" aria-label={t('usage.loading')} />
      )}
      {totals.data && (
        <EfficiencyPanel totals={totals.data} sessions={sessions.data} of={isProject ? 'members' : 'you'} />
      )}
      {byKind.data ? (
        <KindSection {...byKind.data} period={period} fileName={`${fileName}-by-type-${period.slug}`} />
      ) : (
        <Skeleton height={260} />
      )}
      {isProject &&
        (members.data ? (
          <MembersSection members={members.data} fileName={`${fileName}-members-${period.slug}`} />
        ) : (
          <Skeleton height={200} />
        ))}
      {sessions.data ? (
        <TopSessions
          sessions={sessions.data}
          withUser={isProject}
          period={period}
          fileName={`${fileName}-top-sessions-${period.slug}`}
        />
      ) : (
        <Skeleton height={200} />
      )}
      {children}
    </Stack>
  );
}
