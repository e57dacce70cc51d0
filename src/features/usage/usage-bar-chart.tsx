import { useComputedColorScheme, useMantineTheme, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { chartShade, seriesColour } from './session-colours';

export interface ChartSeries {
  key: string;
  label: string;
  /** A fixed colour (a session type's, from session-colours.ts); otherwise one by position. */
  colour?: MantineColor;
}

interface UsageBarChartProps {
  data: readonly Record<string, string | number>[];
  categoryKey: string;
  series: readonly ChartSeries[];
  stacked?: boolean;
  formatCategory?: (value: string | number) => string;
  formatValue: (value: number) => string;
}

/** A bar chart in the theme's colours; recharts stays inside the usage area's lazy chunk. */
export function UsageBarChart({
  data,
  categoryKey,
  series,
  stacked = false,
  formatCategory,
  formatValue,
}: UsageBarChartProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const dark = scheme === 'dark';
  const text = dark ? theme.colors.dark[0] : theme.colors.gray[8];
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const colour = (entry: ChartSeries, index: number) =>
    chartShade(theme, entry.colour ?? seriesColour(index), dark);
  // the legend, the tooltip and the table list the series in one order: recharts' default is by label,
  // which differs by language
  const inSeriesOrder = (item: { dataKey?: unknown }) =>
    series.findIndex((entry) => entry.key === item.dataKey);
  const categoryText = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number'
      ? formatCategory
        ? formatCategory(value)
        : `${value}`
      : '';
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={[...data]}
      style={{ width: '100%', height: 260 }}
      margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey={categoryKey}
        tick={{ fill: text, fontSize: 12 }}
        tickFormatter={(value: string | number) => (formatCategory ? formatCategory(value) : `${value}`)}
        minTickGap={12}
      />
      <YAxis
        tick={{ fill: text, fontSize: 12 }}
        tickFormatter={(value: number) => formatValue(value)}
        width={56}
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? formatValue(value) : '')}
        labelFormatter={(value, payload): ReactNode => {
          const label = categoryText(value);
          if (!stacked || payload.length < 2) return label;
          const total = payload.reduce(
            (sum, item) => sum + (typeof item.value === 'number' ? item.value : 0),
            0,
          );
          return t('usage.chart.tooltipTotal', { label, total: formatValue(total) });
        }}
        itemSorter={inSeriesOrder}
        separator={t('usage.chart.tooltipSeparator')}
        // the hovered category's band: recharts' light grey glares on a dark background and hides the bars
        cursor={{ fill: dark ? theme.colors.dark[5] : theme.colors.gray[1], fillOpacity: 0.6 }}
        contentStyle={{
          background: dark ? theme.colors.dark[7] : theme.white,
          borderColor: grid,
          color: text,
        }}
        // the series' colours mark bars, not text: in the text colour, each line reads in both schemes
        itemStyle={{ color: text }}
      />
      {/* one series too: its name is the chart's unit. recharts 3 paints each label in its series' colour
          unless labelStyle sets one, and orange or cyan text fails contrast: the colour stays in the swatch */}
      <Legend labelStyle={{ color: text }} itemSorter={inSeriesOrder} />
      {series.map((entry, index) => (
        <Bar
          key={entry.key}
          dataKey={entry.key}
          name={entry.label}
          fill={colour(entry, index)}
          stackId={stacked ? 'stack' : undefined}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
