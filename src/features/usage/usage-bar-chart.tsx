import { useComputedColorScheme, useMantineTheme, type MantineColor } from '@mantine/core';
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
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const dark = scheme === 'dark';
  const text = dark ? theme.colors.dark[0] : theme.colors.gray[8];
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const colour = (entry: ChartSeries, index: number) =>
    chartShade(theme, entry.colour ?? seriesColour(index), dark);
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
        labelFormatter={(value) =>
          typeof value === 'string' || typeof value === 'number'
            ? formatCategory
              ? formatCategory(value)
              : `${value}`
            : ''
        }
        contentStyle={{
          background: dark ? theme.colors.dark[7] : theme.white,
          borderColor: grid,
          color: text,
        }}
      />
      {/* one series too: its name is the chart's unit. In the series' order, as the table's columns, not
          recharts' default of the labels' alphabetical order, which differs by language */}
      <Legend
        wrapperStyle={{ color: text }}
        itemSorter={(item) => series.findIndex((entry) => entry.key === item.dataKey)}
      />
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
