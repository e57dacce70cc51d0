import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advanceClock, failNext, holdRequests } from '@/test/fake-platform';
import { afterFocusReturn, jobId } from '@/test/headless-jobs';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

async function showJobs() {
  const app = await renderApp({ route: '/sessions', scenario: 'headless-500' });
  const jobs = await screen.findByRole('region', { name: 'Headless jobs (501)', busy: false }, FIRST_LOAD);
  return { ...app, jobs };
}

/**
 * Selects the jobs `names` and confirms their delete, the delete of `held` kept on the wire: a delete under way,
 * its dialog still open.
 */
async function deleteHeld(
  user: Awaited<ReturnType<typeof showJobs>>['user'],
  jobs: HTMLElement,
  names: readonly string[],
  held: string,
) {
  for (const name of names) await user.click(within(jobs).getByRole('checkbox', { name: `Select ${name}` }));
  const slow = holdRequests(`/v1/session/${jobId(held)}`);
  const label = `Delete ${String(names.length)} jobs`;
  await user.click(within(jobs).getByRole('button', { name: label }));
  const dialog = await screen.findByRole('dialog', { name: `${label}?` });
  await user.click(within(dialog).getByRole('button', { name: label }));
  await waitFor(() => {
    expect(slow.held()).toBe(1);
  });
  return { slow, dialog };
}

describe('a bulk delete of headless jobs', () => {
  it('tells how it ended after its dialog was put away, and leaves focus where the user moved it', async () => {
    const { user, jobs } = await showJobs();
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select all jobs' }));
    failNext('skaha', { status: 503, method: 'DELETE', times: 3 });
    // one delete is slow to answer: the others are done long before it
    const slow = holdRequests(`/v1/session/${jobId('batch-250')}`);
    await user.click(within(jobs).getByRole('button', { name: 'Delete 501 jobs' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 501 jobs?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 501 jobs' }));
    await waitFor(() => {
      expect(slow.held()).toBe(1);
    });
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    // the page says the delete is still under way, and pressing it again starts nothing
    const busy = within(jobs).getByRole('button', { name: 'Deleting 501 jobs…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // the user moves on
    const filter = screen.getByRole('textbox', { name: 'Filter sessions' });
    await user.click(filter);
    await user.type(filter, 'batch');
    slow.release();

    expect(
      await within(jobs).findByRole(
        'alert',
        { name: /^Deleted 498 of 501 jobs\. Could not delete / },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    // those that could not go stay selected, to be tried again
    expect(within(jobs).getByRole('button', { name: 'Delete 3 jobs' })).toBeEnabled();
    await afterFocusReturn();
    expect(filter).toHaveFocus();
  }, 45_000);

  it('leaves focus in the filter box when a delete put away ends', async () => {
    const { user, jobs } = await showJobs();
    const { slow } = await deleteHeld(user, jobs, ['batch-001', 'batch-002'], 'batch-002');
    await user.keyboard('{Escape}');
    const filter = screen.getByRole('textbox', { name: 'Filter sessions' });
    await user.type(filter, 'batch-00');
    slow.release();
    await waitFor(() => {
      expect(within(jobs).getByRole('status')).toHaveTextContent('Deleted 2 jobs.');
    });
    await afterFocusReturn();
    expect(filter).toHaveFocus();
    expect(filter).toHaveValue('batch-00');
  }, 30_000);

  it('still tells how a delete ended when the filter typed meanwhile hides every job', async () => {
    const { user, jobs } = await showJobs();
    failNext('skaha', { status: 503, method: 'DELETE', times: 1 });
    const { slow } = await deleteHeld(user, jobs, ['batch-001', 'batch-002', 'batch-003'], 'batch-003');
    await user.keyboard('{Escape}');
    const filter = screen.getByRole('textbox', { name: 'Filter sessions' });
    await user.type(filter, 'no such job');
    // while it runs, the section says so, with no job in it
    const section = screen.getByRole('region', { name: 'Headless jobs (0)' });
    expect(within(section).getByRole('button', { name: 'Deleting 3 jobs…' })).toBeInTheDocument();
    expect(within(section).queryByRole('row')).not.toBeInTheDocument();
    // the user waits on the busy button, which goes off when the delete ends with nothing shown selected
    await user.click(within(section).getByRole('button', { name: 'Deleting 3 jobs…' }));
    slow.release();

    // the job that could not go is named, though the filter hides it
    expect(
      await within(section).findByRole('alert', {
        name: /^Deleted 2 of 3 jobs\. Could not delete \u2068batch-00[12]\u2069\.$/,
      }),
    ).toBeInTheDocument();
    await afterFocusReturn();
    expect(within(section).getByRole('heading', { name: 'Headless jobs (0)' })).toHaveFocus();
    // put away, the section goes with the last job the filter showed, and focus to New session
    await user.click(within(section).getByRole('button', { name: 'Dismiss the delete error' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /^Headless jobs/ })).not.toBeInTheDocument();
    });
    expect(screen.getByRole('link', { name: 'New session' })).toHaveFocus();
    await user.clear(filter);
    const shown = await screen.findByRole('region', { name: /^Headless jobs/ });
    expect(within(shown).getByRole('button', { name: 'Delete 1 job' })).toBeEnabled();
  }, 30_000);

  it('reads out the jobs it deleted as deleted when they leave the list, not as gone', async () => {
    const { user, jobs } = await showJobs();
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select batch-003' }));
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select batch-004' }));
    await user.click(within(jobs).getByRole('button', { name: 'Delete 2 jobs' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 jobs?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 jobs' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    // Terminating, then gone at a poll
    advanceClock(10_000);
    const announcer = screen
      .getAllByRole('status')
      .find((region) => region.getAttribute('aria-atomic') === 'true');
    await waitFor(
      () => {
        // two running jobs; batch-001 and batch-002 are waiting to start, whose delete cancels their launch
        expect(announcer).toHaveTextContent('batch-003 was deleted. batch-004 was deleted.');
      },
      { timeout: 10_000 },
    );
  }, 30_000);

  it('keeps asking about the jobs confirmed while those deleted leave the list', async () => {
    const { user, jobs } = await showJobs();
    const names = ['batch-001', 'batch-002', 'batch-003', 'batch-004', 'batch-005'];
    const { slow, dialog } = await deleteHeld(user, jobs, names, 'batch-005');
    // four are Terminating, then gone at a poll
    advanceClock(10_000);
    await waitFor(
      () => {
        expect(within(jobs).queryByRole('checkbox', { name: 'Select batch-001' })).not.toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
    expect(dialog).toHaveAccessibleName('Delete 5 jobs?');
    expect(within(dialog).getByRole('button', { name: 'Delete 5 jobs' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    slow.release();
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(within(jobs).getByRole('status')).toHaveTextContent('Deleted 5 jobs.');
    await afterFocusReturn();
    expect(within(jobs).getByRole('group', { name: /^Headless jobs/ })).toHaveFocus();
  }, 30_000);

  it('gives the keyboard to the jobs when a delete ends after its dialog gave focus back to the page', async () => {
    const { user, jobs } = await showJobs();
    const { slow, dialog } = await deleteHeld(user, jobs, ['batch-001', 'batch-002'], 'batch-002');
    // nothing is kept by then: the dialog's other button only closes it
    await user.click(within(dialog).getByRole('button', { name: 'Close and keep deleting' }));
    await afterFocusReturn();
    const busy = within(jobs).getByRole('button', { name: 'Deleting 2 jobs…' });
    expect(busy).toHaveFocus();

    slow.release();
    await waitFor(() => {
      expect(within(jobs).getByRole('status')).toHaveTextContent('Deleted 2 jobs.');
    });
    // the button is off with nothing selected: the jobs hold focus, not the page
    expect(within(jobs).getByRole('button', { name: 'Delete selected jobs' })).toBeDisabled();
    expect(within(jobs).getByRole('group', { name: /^Headless jobs/ })).toHaveFocus();
  }, 30_000);
});
