import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '@/api/api-context';
import { sessionSchema } from '@/api/skaha/session-schemas';
import { createI18n } from '@/i18n/i18n';
import { advanceClock, failNext, tokenFor } from '@/test/fake-platform';
import { afterFocusReturn, jobId } from '@/test/headless-jobs';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { createTestApi } from '@/test/test-api';
import { HeadlessTable } from './headless-table';

describe('the headless jobs table', () => {
  it('shows a job’s image as project/repository:tag, with the whole reference as its name and title', async () => {
    await renderApp({ route: '/sessions' });
    const jobs = await screen.findByRole(
      'region',
      { name: 'Headless jobs (1)', busy: false },
      { timeout: 8_000 },
    );
    // the table's scrolling box takes focus for the keyboard: it is named for a screen reader landing on it
    const scroller = within(jobs).getByRole('group', { name: 'Headless jobs (1)' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    const row = within(jobs).getByRole('row', { name: /reduce-night-3/ });
    const image = within(row).getByRole('cell', { name: 'images.canfar.net/myproject/pipeline:2.4' });
    expect(image).toHaveAttribute('title', 'images.canfar.net/myproject/pipeline:2.4');
    // on screen: the reference without its registry host, laid out in parts that wrap after "/" and ":"
    const shown = within(image).getAllByText(
      (_, element) => element?.textContent === 'myproject/pipeline:2.4',
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(
      within(image).queryByText('images.canfar.net/myproject/pipeline:2.4', {
        ignore: '.mantine-VisuallyHidden-root',
      }),
    ).toBeNull();
  });

  it('shows what each job asked for, so a GPU run stands apart, in English and French', async () => {
    for (const [language, name, asked] of [
      ['en', 'Headless jobs (1)', '2 cores · 8 GB · 1 GPU'],
      ['fr', 'Tâches sans interface (1)', '2 cœurs · 8 Go · 1 GPU'],
    ] as const) {
      const { unmount } = await renderApp({ route: '/sessions', language });
      const jobs = await screen.findByRole('region', { name, busy: false }, { timeout: 8_000 });
      const row = within(jobs).getByRole('row', { name: /reduce-night-3/ });
      expect(within(row).getByText(asked)).toBeInTheDocument();
      unmount();
    }
  });

  it('gives the keyboard to the jobs once the selected ones are deleted, and says how many went', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'headless-500' });
    const jobs = await screen.findByRole('region', { name: 'Headless jobs (501)', busy: false }, FIRST_LOAD);
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select batch-001' }));
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select batch-002' }));
    await user.click(within(jobs).getByRole('button', { name: 'Delete 2 jobs' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 jobs?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 jobs' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    await afterFocusReturn();
    // the opener is off (nothing is selected): the jobs' scroller, named by their heading, holds focus
    expect(within(jobs).getByRole('button', { name: 'Delete selected jobs' })).toBeDisabled();
    expect(within(jobs).getByRole('group', { name: /^Headless jobs/ })).toHaveFocus();
    expect(within(jobs).getByRole('status')).toHaveTextContent('Deleted 2 jobs.');
  });

  it('gives the keyboard to New session once the last job is deleted and its table goes', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const jobs = await screen.findByRole('region', { name: 'Headless jobs (1)', busy: false }, FIRST_LOAD);
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select all jobs' }));
    await user.click(within(jobs).getByRole('button', { name: 'Delete 1 job' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 1 job?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 1 job' }));
    await afterFocusReturn();
    expect(within(jobs).getByRole('group', { name: /^Headless jobs/ })).toHaveFocus();
    // Terminating for a few seconds, then gone at a poll
    advanceClock(10_000);
    await waitFor(
      () => {
        expect(screen.queryByRole('region', { name: /^Headless jobs/ })).not.toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('link', { name: 'New session' })).toHaveFocus();
  });

  it('keeps selected, and names, the jobs a bulk delete could not delete, and its alert can be put away', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'headless-500' });
    const jobs = await screen.findByRole('region', { name: 'Headless jobs (501)', busy: false }, FIRST_LOAD);
    const names = ['batch-001', 'batch-002', 'batch-003', 'batch-004', 'batch-005'];
    for (const name of names)
      await user.click(within(jobs).getByRole('checkbox', { name: `Select ${name}` }));
    failNext('skaha', { status: 503, method: 'DELETE', path: `/v1/session/${jobId('batch-003')}` });
    await user.click(within(jobs).getByRole('button', { name: 'Delete 5 jobs' }));
    const asked = await screen.findByRole('dialog', { name: 'Delete 5 jobs?' });
    await user.click(within(asked).getByRole('button', { name: 'Delete 5 jobs' }));
    // the dialog now asks about the one left, saying what became of the others
    const dialog = await screen.findByRole('dialog', { name: 'Delete 1 job?' });
    expect(
      within(dialog).getByRole('alert', {
        name: 'Deleted 4 of 5 jobs. Could not delete \u2068batch-003\u2069.',
      }),
    ).toHaveTextContent(/Sessions service/);
    expect(within(dialog).getByRole('button', { name: 'Delete 1 job' })).toBeInTheDocument();
    // the others are Terminating, and gone a few seconds later: only batch-003 stays selected
    const checked = names.filter(
      (name) => within(jobs).queryByRole<HTMLInputElement>('checkbox', { name: `Select ${name}` })?.checked,
    );
    expect(checked).toEqual(['batch-003']);

    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(within(jobs).getByRole('alert', { name: /^Deleted 4 of 5 jobs\./ })).toBeInTheDocument();
    await user.click(within(jobs).getByRole('button', { name: 'Dismiss the delete error' }));
    expect(within(jobs).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(jobs).getByRole('group', { name: /^Headless jobs/ })).toHaveFocus();
  });

  it('counts the jobs in its heading as the reader writes numbers', async () => {
    for (const [language, name] of [
      ['en', /^Headless jobs \(\d{1,3},\d{3}\)$/],
      ['fr', /^Tâches sans interface \(\d{1,3}\u202f\d{3}\)$/],
    ] as const) {
      const { unmount } = await renderApp({ route: '/sessions', language, scenario: 'sessions-50k' });
      expect(await screen.findByRole('heading', { level: 2, name }, { timeout: 30_000 })).toBeInTheDocument();
      unmount();
    }
  }, 60_000);

  it('keeps its words while it closes after deleting, though the selection has gone', async () => {
    // Mantine's transitions run here (renderApp turns them off): the dialog is still on screen as it closes
    const jobs = ['a1', 'a2'].map((id) =>
      sessionSchema.parse({ id, type: 'headless', status: 'Running', name: `job-${id}` }),
    );
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MantineProvider>
          <QueryClientProvider client={new QueryClient()}>
            <ApiProvider api={createTestApi(tokenFor('jdoe'))}>
              <HeadlessTable jobs={jobs} allJobs={jobs} />
            </ApiProvider>
          </QueryClientProvider>
        </MantineProvider>
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Select all jobs' }));
    const opener = screen.getByRole('button', { name: 'Delete 2 jobs' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 jobs?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 jobs' }));
    await waitFor(() => {
      expect(opener).toBeDisabled();
    });
    // closing, not yet gone
    const closing = screen.getByRole('dialog', { hidden: true });
    expect(closing).toHaveAccessibleName('Delete 2 jobs?');
    expect(within(closing).getByRole('button', { name: 'Delete 2 jobs', hidden: true })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
    });
  });
});
