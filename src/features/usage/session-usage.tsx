import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useApi } from '@/api/api-context';
import { isApiError } from '@/api/http/api-error';
import { sessionSeriesQueryOptions, type SessionPoint } from '@/api/usage/usage-figures';
import { useCurrentUser } from '@/auth/auth-context';
import { useConfig } from '@/config/config-context';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { DataSection, type Column } from './data-section';
import { sessionHeadingName } from './session-heading-name';
import { SessionLineChart } from './session-line-chart';
import { UsageErrorAlert } from './usage-error-alert';
import { usageOrigin, type UsageOrigin } from '@/lib/usage-from';
import { useUsageFormat } from './use-usage-format';
import { useUsageTitle } from './use-usage-title';
import { periodSeconds, useUsagePeriod, type UsagePeriod } from './use-usage-window';
import { WindowBar } from './window-bar';

/**
 * One session's CPU and memory over its life within the period, each against its request:
 * `/usage/sessions/<id>?user=<owner>&name=<name>&window=…`, a stable address to share or come back to.
 */
export function SessionUsage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const owner = searchParams.get('user') ?? user.username;
  // named as its owner named it when the link knows the name; the ID otherwise
  const name = sessionHeadingName(searchParams.get('name'), id);
  const { period, setWindow, setRange } = useUsagePeriod();
  useUsageTitle(t('usage.titles.session', { session: nameInSentence(name) }));
  return (
    <Stack gap="md">
      <WindowBar period={period} onWindowChange={setWindow} onRangeChange={setRange} time={period.time} />
      <Stack gap={2}>
        <Title order={2} size="h3">
          {t('usage.session.heading', { id: nameInSentence(name) })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('usage.session.owner', { user: nameInSentence(owner) })} ·{' '}
          <BackLink origin={usageOrigin(location.state)} period={period} />
        </Text>
      </Stack>
      {!period.error && <SessionFigures id={id} owner={owner} period={period} />}
    </Stack>
  );
}

/**
 * Back to the group's or project's view the session was opened from, in the period now shown, or to the sessions
 * page it was opened from (its filter kept); else my usage.
 */
function BackLink({ origin, period }: { origin: UsageOrigin | undefined; period: UsagePeriod }) {
  const { t } = useTranslation();
  const [to, label] =
    origin?.kind === 'group'
      ? [
          paths.usageGroup(origin.group, period.params),
          t('usage.session.backToGroup', { group: nameInSentence(origin.group) }),
        ]
      : origin?.kind === 'project'
        ? [
            paths.usageProject(origin.project, period.params),
            t('usage.session.backToProject', { project: nameInSentence(origin.project) }),
          ]
        : origin?.kind === 'sessions'
          ? [paths.sessions() + origin.search, t('usage.session.backToSessions')]
          : [paths.usage(period.params), t('usage.session.back')];
  return (
    <Anchor component={Link} to={to}>
      {label}
    </Anchor>
  );
}

function SessionFigures({ id, owner, period }: { id: string; owner: string; period: UsagePeriod }) {
  const { t } = useTranslation();
  const api = useApi();
  const { usage } = useConfig();
  const format = useUsageFormat();
  const series = useQuery(
    sessionSeriesQueryOptions(api, {
      username: owner,
      id,
      start: period.time - periodSeconds(period) * 1000,
      end: period.time,
      scrapeInterval: usage.scrapeIntervalSeconds,
    }),
  );
  if (series.isError)
    return isApiError(series.error) && series.error.status === 403 ? (
      <Text role="alert">{t('usage.session.forbidden', { user: nameInSentence(owner) })}</Text>
    ) : (
      <UsageErrorAlert error={series.error} onRetry={() => void series.refetch()} />
    );
  if (!series.data)
    return <Skeleton height={240} role="status" aria-busy="true" aria-label={t('usage.loading')} />;
  const { points, cpuRequest, memoryRequestGib } = series.data;
  if (points.length === 0) return <Text>{t('usage.session.empty')}</Text>;
  const figures = [
    {
      key: 'cpu',
      title: t('usage.session.cpu'),
      used: (point: SessionPoint) => point.cpu,
      request: cpuRequest,
      usedLabel: t('usage.session.cpuUsed'),
      requestLabel: t('usage.session.cpuRequest'),
    },
    {
      key: 'memory',
      title: t('usage.session.memory'),
      used: (point: SessionPoint) => point.memoryGib,
      request: memoryRequestGib,
      usedLabel: t('usage.session.memoryUsed'),
      requestLabel: t('usage.session.memoryRequest'),
    },
  ];
  const optional = (value: number | undefined) => (value === undefined ? '—' : format.amount(value));
  return (
    <>
      {figures.map((figure) => {
        const columns: Column<SessionPoint>[] = [
          {
            header: t('usage.session.time'),
            value: (point) => new Date(point.time).toISOString(),
            render: (point) => format.dateTime(point.time),
            noWrap: true,
          },
          {
            header: figure.usedLabel,
            value: figure.used,
            render: (point) => optional(figure.used(point)),
            numeric: true,
          },
          {
            header: figure.requestLabel,
            value: () => figure.request,
            render: () => optional(figure.request),
            numeric: true,
          },
        ];
        return (
          <DataSection
            key={figure.key}
            title={figure.title}
            fileName={`usage-session-${id}-${figure.key}-${period.slug}`}
            columns={columns}
            rows={points}
            rowKey={(point) => String(point.time)}
            chart={
              <SessionLineChart
                data={points.map((point) => ({ time: point.time, used: figure.used(point) }))}
                usedLabel={figure.usedLabel}
                request={figure.request}
                requestLabel={figure.requestLabel}
                formatTime={format.dateTime}
                formatValue={format.amount}
              />
            }
          />
        );
      })}
    </>
  );
}
