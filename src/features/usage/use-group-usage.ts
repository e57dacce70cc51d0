import { useQueries } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { memberUsage, mergeSessions, sortMembers, sumTotals } from '@/api/usage/group-figures';
import {
  sessionUsageQueryOptions,
  usageTotalsQueryOptions,
  type FigureRequest,
} from '@/api/usage/usage-figures';
import { useConfig } from '@/config/config-context';
import { previousPeriodEnd, type UsagePeriod } from './use-usage-window';

/**
 * Every member's figures, asked for by username (the same cached queries as each member's own page), put
 * together as the group's. Members with nothing in the window still get their row.
 */
export function useGroupUsage(usernames: readonly string[], period: UsagePeriod) {
  const api = useApi();
  const { usage } = useConfig();
  const requests = usernames.map((username): FigureRequest => ({
    scope: { kind: 'user', username },
    window: period.like,
    ...(period.span ? { span: period.span } : {}),
    time: period.time,
    scrapeInterval: usage.scrapeIntervalSeconds,
    recordingRules: usage.recordingRules,
  }));
  const totals = useQueries({ queries: requests.map((request) => usageTotalsQueryOptions(api, request)) });
  // the previous period of the same length, for the comparison beside each figure; shown once all arrived,
  // and not asked for when the service no longer holds it
  const before = previousPeriodEnd(period);
  const previous = useQueries({
    queries:
      before === undefined
        ? []
        : requests.map((request) => usageTotalsQueryOptions(api, { ...request, time: before })),
    combine: (results) => {
      const arrived = results.flatMap((result) => (result.data === undefined ? [] : [result.data]));
      return before !== undefined && arrived.length === results.length ? sumTotals(arrived) : undefined;
    },
  });
  const sessions = useQueries({ queries: requests.map((request) => sessionUsageQueryOptions(api, request)) });
  const error =
    totals.find((query) => query.isError)?.error ??
    sessions.find((query) => query.isError)?.error ??
    undefined;
  const merged = mergeSessions(sessions.map((query) => query.data ?? []));
  const isReady = totals.every((query) => query.isSuccess) && sessions.every((query) => query.isSuccess);
  return {
    error,
    retry: () => {
      for (const query of totals) if (query.isError) void query.refetch();
      for (const query of sessions) if (query.isError) void query.refetch();
    },
    isReady,
    members: sortMembers(usernames.map((username, index) => memberUsage(username, totals[index]?.data))),
    totals: sumTotals(totals.flatMap((query) => (query.data ? [query.data] : []))),
    previous,
    sessions: merged,
  };
}
