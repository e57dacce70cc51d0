import { DEFAULT_THEME } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/render-component';
import { SessionLineChart } from './session-line-chart';

describe('a session’s line chart', () => {
  it('names its line in the legend in the text colour, not the line’s', () => {
    renderComponent(
      <SessionLineChart
        data={[
          { time: 0, used: 1 },
          { time: 300_000, used: 2 },
        ]}
        usedLabel="Cores used"
        request={4}
        requestLabel="Cores requested"
        formatTime={String}
        formatValue={String}
      />,
    );
    expect(screen.getByText('Cores used')).toHaveStyle({ color: DEFAULT_THEME.colors.gray[8] });
  });
});
