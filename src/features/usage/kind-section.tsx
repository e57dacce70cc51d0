import { useTranslation } from 'react-i18next';
import type { SeriesPoint } from '../../api/usage/usage-figures';
import type { UsageWindow } from '../../api/usage/usage-windows';
import { DataSection, type Column } from './data-section';
import { kindLabel } from './kind-label';
import { kindColour } from './session-colours';
import { UsageBarChart } from './usage-bar-chart';
import { useUsageFormat } from './use-usage-format';

interface KindSectionProps {
  kinds: readonly string[];
  points: readonly SeriesPoint[];
  window: UsageWindow;
  fileName: string;
}

/** CPU core-hours per bar of the window, stacked by session type, with the table and CSV of the same. */
export function KindSection({ kinds, points, window, fileName }: KindSectionProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const rows = kinds.length === 0 ? [] : points;
  const columns: Column<SeriesPoint>[] = [
    {
      header: t('usage.byKind.time'),
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
