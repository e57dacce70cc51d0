import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseDateRange, rangeSpan } from '@/api/usage/date-range';
import type { SessionUsage } from '@/api/usage/usage-figures';
import type { Language } from '@/i18n/translation';
import { renderComponent } from '@/test/render-component';
import { TopSessions } from './top-sessions';
import type { UsagePeriod } from './use-usage-window';

// noon, 7 December 2026, in the test's own time zone
const now = new Date(2026, 11, 7, 12, 0).getTime();

function customPeriod(from: string, to: string): UsagePeriod {
  const parsed = parseDateRange({ from, to }, now);
  if (!parsed.ok) throw new Error(`not a range: ${parsed.error}`);
  const { like, ...span } = rangeSpan(parsed.range);
  return {
    choice: 'custom',
    like,
    range: parsed.range,
    input: { from, to },
    span,
    time: parsed.range.end,
    now,
    slug: `${from}_${to}`,
    params: { window: 'custom', from, to },
  };
}

const session = (id: string, name: string): SessionUsage => ({
  id,
  name,
  kind: 'notebook',
  username: 'jdoe',
  cpuCoreHours: 1,
  sessionHours: 2,
  gpuHours: 0,
  cpuRequest: 2,
  memoryRequestGib: 8,
  memoryPeakGib: 3,
  flexible: false,
});

function renderTop(sessions: SessionUsage[], period: UsagePeriod, language: Language = 'en') {
  return renderComponent(
    <MemoryRouter>
      <TopSessions sessions={sessions} period={period} fileName="top" />
    </MemoryRouter>,
    language,
  );
}

describe('the top sessions’ caption', () => {
  it.each([
    ['en', 'The one session that ran on Dec 10, 2025'],
    ['fr', 'La seule session qui a tourné le 10 déc. 2025'],
  ] as const)(
    'speaks of one session as one, its day as the period summary does (%s)',
    (language, caption) => {
      renderTop([session('a1b2c3d4', 'notebook1')], customPeriod('2025-12-10', '2025-12-10'), language);
      expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();
    },
  );

  it('names the days of a longer period as the summary does, not as the address has them', () => {
    renderTop(
      [session('a1b2c3d4', 'notebook1'), session('e5f6g7h8', 'carta1')],
      customPeriod('2025-12-10', '2025-12-12'),
    );
    expect(
      screen.getByRole('table', {
        name: 'The 2 sessions that ran longest from Dec 10, 2025 to Dec 12, 2025',
      }),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('2025-12-10');
  });

  it('is read once: it names the table, and is not a line of text of its own as well', () => {
    renderTop([session('a1b2c3d4', 'notebook1')], customPeriod('2025-12-10', '2025-12-10'));
    const caption = 'The one session that ran on Dec 10, 2025';
    expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();
    // once in the page, shown above the table and hidden from assistive technology apart from naming it
    const shown = screen.getAllByText(caption);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('caption')).not.toBeInTheDocument();
  });

  it('counts a desktop and its app as one session, as the totals do', () => {
    const desktop = { ...session('d2n8vb0e', 'desktop1'), kind: 'desktop' };
    const app = { ...session('d2n8vb0e', 'ds9-8-6'), kind: 'desktop-app' };
    renderTop([desktop, app, session('a1b2c3d4', 'notebook1')], customPeriod('2025-12-10', '2025-12-12'));
    expect(
      screen.getByRole('table', {
        name: 'The 2 sessions that ran longest from Dec 10, 2025 to Dec 12, 2025',
      }),
    ).toBeInTheDocument();
  });
});
