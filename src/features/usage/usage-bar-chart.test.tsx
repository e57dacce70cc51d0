import { DEFAULT_THEME, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { UsageBarChart } from './usage-bar-chart';

const { colors } = DEFAULT_THEME;

function renderChart(scheme: 'light' | 'dark') {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <MantineProvider env="test" forceColorScheme={scheme}>
        <UsageBarChart
          data={[{ day: 'Mon', headless: 2, firefly: 3 }]}
          categoryKey="day"
          series={[
            { key: 'headless', label: 'Headless', colour: 'orange' },
            { key: 'firefly', label: 'Firefly', colour: 'cyan' },
          ]}
          stacked
          formatValue={String}
        />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('a usage bar chart’s legend', () => {
  it('names each series in the text colour, its own colour kept in the swatch', () => {
    renderChart('light');
    // orange and cyan text on white fail contrast (3.0:1 and 3.4:1)
    expect(screen.getByText('Headless')).toHaveStyle({ color: colors.gray[8] });
    expect(screen.getByText('Firefly')).toHaveStyle({ color: colors.gray[8] });
    expect(screen.getByLabelText('Headless legend icon').querySelector('path')).toHaveAttribute(
      'fill',
      colors.orange[7],
    );
  });

  it('in the dark scheme too', () => {
    renderChart('dark');
    expect(screen.getByText('Headless')).toHaveStyle({ color: colors.dark[0] });
    expect(screen.getByLabelText('Firefly legend icon').querySelector('path')).toHaveAttribute(
      'fill',
      colors.cyan[4],
    );
  });
});
