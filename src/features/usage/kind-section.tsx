import { useTranslation } from 'react-i18next';
import { hasDayBars } from '@/api/usage/date-range';
import type { SeriesPoint } from '@/api/usage/usage-figures';
import { DataSection, type Column } from './data-section';
import { kindLabel } from './kind-label';
import { kindColour } from './session-colours';
import { UsageBarChart } from './usage-bar-chart';
import { useUsageFormat } from './use-usage-format';
import type { UsagePeriod } from './use-usage-window';

interface KindSectionProps {
  kinds: readonly string[];
  points: readonly SeriesPoint[];
  period: UsagePeriod;
  fileName: string;
}

/** CPU core-hours per bar of the window, stacked by session type, with the table and CSV of the same. */
export function KindSection({ kinds, points, period, fileName }: KindSectionProps) {
  const window = period.like;
  const { t } = useTranslation();
  const format = useUsageFormat();
  const rows = kinds.length === 0 ? [] : points;
  const columns: Column<SeriesPoint>[] = [
    {
      // a custom range's days head the column, so the CSV says which period it holds; its day bars are
      // labelled by the day they cover, other bars by when they end
      header: !period.range
        ? t('usage.byKind.time')
        : period.range.days === 1
          ? t('usage.byKind.timeDay', { day: format.day(period.range.start) })
          : t(hasDayBars(period.span) ? 'usage.byKind.dayRange' : 'usage.byKind.timeRange', {
              from: format.day(period.range.start),
              to: format.day(period.range.end - 1),
            }),
      value: (point) => new Date(point.time).toISOString(),
      render: (point) => format.bucket(window, point.time),
    },
    ...kinds.map((kind): Column<SeriesPoint> => ({
      header: kindLabel(t, kind),
      value: (point) => point.values[kind] ?? 0,
      render: (point) => format.amount(point.values[kind] ?? 0),
      numeric: true,
    })),
    {
      header: t('usage.byKind.total'),
      value: (point) => Object.values(point.values).reduce((sum, value) => sum + value, 0),
      render: (point) => format.amount(Object.values(point.values).reduce((sum, value) => sum + value, 0)),
      numeric: true,
    },
  ];
  const data = rows.map((point) => ({ time: point.time, ...point.values }));
  return (
    <DataSection
      title={t('usage.byKind.heading')}
      fileName={fileName}
      columns={columns}
      rows={rows}
      rowKey={(point) => String(point.time)}
      chart={
        <UsageBarChart
          data={data}
          categoryKey="time"
          stacked
          series={kinds.map((kind) => ({ key: kind, label: kindLabel(t, kind), colour: kindColour(kind) }))}
          formatCategory={(value) => format.bucket(window, Number(value))}
          formatValue={format.amount}
        />
      }
    />
  );
}
