import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '@/lib/paths';
import { sessionNames } from '@/api/usage/session-names';
import { sessionKey, type SessionUsage } from '@/api/usage/usage-figures';
import { DataSection, type Column } from './data-section';
import { kindLabel } from './kind-label';
import { usageFromState } from '@/lib/usage-from';
import { useUsageFormat } from './use-usage-format';
import type { UsagePeriod } from './use-usage-window';

const TOP = 10;

/** The sessions that ran longest in the window, with what they asked for and used. */
export function TopSessions({
  sessions,
  withUser = false,
  fileName,
  period,
}: {
  sessions: readonly SessionUsage[];
  /** The period of the page, carried to each session's usage over time. */
  period: UsagePeriod;
  withUser?: boolean;
  fileName: string;
}) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const { pathname } = useLocation();
  const rows = sessions.slice(0, TOP);
  // a desktop app's row is part of its desktop's session (they share its id), as the totals count them
  const count = new Set(rows.map((row) => row.id)).size;
  // a desktop app's row opens its desktop's chart (they share the id), headed by the desktop's name
  const names = sessionNames(sessions);
  const optional = (value: number | undefined) => (value === undefined ? '—' : format.amount(value));
  const columns: Column<SessionUsage>[] = [
    {
      header: t('usage.top.id'),
      value: (row) => row.name || row.id,
      noWrap: true,
      // the name opens the session's CPU and memory over time, against its request
      render: (row) => (
        <Anchor
          component={Link}
          to={paths.usageSession(row.id, row.username, period.params, names.get(row.id))}
          state={usageFromState(pathname)}
        >
          {row.name || row.id}
        </Anchor>
      ),
    },
    {
      header: t('usage.top.sessionId'),
      value: (row) => row.id,
      noWrap: true,
      render: (row) => (
        <Text span size="xs" c="dimmed" ff="monospace">
          {row.id}
        </Text>
      ),
    },
    ...(withUser ? [{ header: t('usage.top.user'), value: (row: SessionUsage) => row.username }] : []),
    { header: t('usage.top.kind'), value: (row) => row.kind, render: (row) => kindLabel(t, row.kind) },
    {
      header: t('usage.top.hours'),
      value: (row) => row.sessionHours,
      render: (row) => format.amount(row.sessionHours),
      numeric: true,
    },
    {
      header: t('usage.top.cpu'),
      value: (row) => row.cpuCoreHours,
      render: (row) => format.amount(row.cpuCoreHours),
      numeric: true,
    },
    {
      header: t('usage.top.cpuRequest'),
      value: (row) => row.cpuRequest,
      render: (row) => optional(row.cpuRequest),
      numeric: true,
    },
    {
      header: t('usage.top.memoryRequest'),
      value: (row) => row.memoryRequestGib,
      render: (row) => optional(row.memoryRequestGib),
      numeric: true,
    },
    {
      header: t('usage.top.memoryPeak'),
      value: (row) => row.memoryPeakGib,
      render: (row) => optional(row.memoryPeakGib),
      numeric: true,
    },
    {
      header: t('usage.top.gpu'),
      value: (row) => row.gpuHours,
      render: (row) => format.amount(row.gpuHours),
      numeric: true,
    },
  ];
  return (
    <DataSection
      title={t('usage.top.heading')}
      caption={
        !period.range
          ? t('usage.top.caption', { count })
          : period.range.days === 1
            ? t('usage.top.captionDay', { count, day: format.day(period.range.start) })
            : t('usage.top.captionRange', {
                count,
                from: format.day(period.range.start),
                to: format.day(period.range.end - 1),
              })
      }
      fileName={fileName}
      columns={columns}
      rows={rows}
      rowKey={sessionKey}
    />
  );
}
