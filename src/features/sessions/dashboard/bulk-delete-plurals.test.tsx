import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { getDefaultNormalizer, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { platformStatsSchema } from '@/api/skaha/platform-schemas';
import { sessionSchema } from '@/api/skaha/session-schemas';
import { createI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/translation';
import { PlatformMeters } from './platform-meters';
import { StatusAnnouncer } from './status-announcer';

// What a bulk delete makes the page count: the changes it read out, the jobs the older statistics count.

const inLanguage = (language: Language, children: ReactNode) => (
  <I18nextProvider i18n={createI18n(language)}>
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
    </MantineProvider>
  </I18nextProvider>
);

const jobs = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    sessionSchema.parse({ id: `j${index}`, type: 'headless', status: 'Running', name: `job-${index}` }),
  );

describe('the words a bulk delete makes the page count in', () => {
  it('reads out how many more changes there were, as the reader counts', () => {
    for (const [language, gone, more] of [
      ['en', 6, /\.\sAnd 1 more change\.$/],
      ['en', 7, /\.\sAnd 2 more changes\.$/],
      ['en', 1_005, /\.\sAnd 1,000 more changes\.$/],
      ['fr', 6, /\.\sEt 1 autre changement\.$/],
      ['fr', 1_005, /\.\sEt 1\u202f000 autres changements\.$/],
    ] as const) {
      const before = jobs(gone);
      const { rerender, unmount } = render(inLanguage(language, <StatusAnnouncer sessions={before} />));
      // every one of them deleted and gone at the next poll
      rerender(inLanguage(language, <StatusAnnouncer sessions={[]} />));
      // as written, not with its spaces collapsed: French groups digits with a narrow no-break space
      expect(screen.getByRole('status').textContent).toMatch(more);
      unmount();
    }
  });

  it('counts the sessions and jobs running in the older statistics as the reader writes them', () => {
    const stats = (session: number, headless: number) =>
      platformStatsSchema.parse({
        instances: { session, desktopApp: 0, headless, total: session + headless },
        cores: {
          requestedCPUCores: 10,
          cpuCoresAvailable: 100,
          maxCPUCores: { cpuCores: 16, withRam: '64G' },
        },
        ram: { requestedRAM: '10G', ramAvailable: '100G', maxRAM: { ram: '64G', withCPUCores: 16 } },
      });
    for (const [language, session, headless, line] of [
      ['en', 1, 1, '1 session and 1 headless job running'],
      ['en', 50, 1_190, '50 sessions and 1,190 headless jobs running'],
      ['fr', 1, 1, '1 session et 1 tâche sans interface en cours'],
      ['fr', 50, 1_190, '50 sessions et 1\u202f190 tâches sans interface en cours'],
    ] as const) {
      const { unmount } = render(
        inLanguage(language, <PlatformMeters stats={stats(session, headless)} context={undefined} />),
      );
      expect(
        screen.getByText(line, { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) }),
      ).toBeInTheDocument();
      unmount();
    }
  });
});
