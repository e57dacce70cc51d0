import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { chartShade, seriesColour } from './session-colours';

interface SessionLineChartProps {
  data: readonly { time: number; used: number | undefined }[];
  usedLabel: string;
  /** The request, drawn as a dashed line across the chart; absent when the session had none. */
  request: number | undefined;
  requestLabel: string;
  formatTime: (epochMs: number) => string;
  formatValue: (value: number) => string;
}

/** What a session used over time against what it asked for, in the theme's colours. */
export function SessionLineChart({
  data,
  usedLabel,
  request,
  requestLabel,
  formatTime,
  formatValue,
}: SessionLineChartProps) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const text = dark ? theme.colors.dark[0] : theme.colors.gray[8];
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const used = chartShade(theme, seriesColour(0), dark);
  const requested = chartShade(theme, 'red', dark);
  const top = Math.max(request ?? 0, ...data.map((point) => point.used ?? 0));
  return (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={[...data]}
      style={{ width: '100%', height: 240 }}
      margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tick={{ fill: text, fontSize: 12 }}
        tickFormatter={(value: number) => formatTime(value)}
        minTickGap={24}
      />
      <YAxis
        domain={[0, top > 0 ? top * 1.1 : 1]}
        tick={{ fill: text, fontSize: 12 }}
        tickFormatter={(value: number) => formatValue(value)}
        width={56}
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? formatValue(value) : '')}
        labelFormatter={(value) => (typeof value === 'number' ? formatTime(value) : '')}
        contentStyle={{
          background: dark ? theme.colors.dark[7] : theme.white,
          borderColor: grid,
          color: text,
        }}
        itemStyle={{ color: text }}
      />
      {/* in the text colour, as in the bar charts: the series' colour is the swatch's alone */}
      <Legend labelStyle={{ color: text }} />
      <Line
        dataKey="used"
        name={usedLabel}
        stroke={used}
        dot={false}
        strokeWidth={2}
        connectNulls={false}
        isAnimationActive={false}
      />
      {request !== undefined && (
        <ReferenceLine
          y={request}
          stroke={requested}
          strokeDasharray="6 4"
          label={{ value: requestLabel, fill: text, fontSize: 12, position: 'insideTopRight' }}
        />
      )}
    </LineChart>
  );
}
