import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform, watchLaunches } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { readLaunchState } from './launch-state';
import { rememberLaunch } from './remembered-launch';

const formReady = () => screen.findByRole('form', { name: 'Launch a session' }, { timeout: 8_000 });
const launched = (name: string) => getPlatform().skaha.sessions.filter((record) => record.name === name);
const terminal = 'image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2';

describe('a headless job’s fields', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps the replicas field as typed, empty too, and refuses an empty or out-of-range number at Launch', async () => {
    const sent = watchLaunches();
    const { user, router } = await renderApp({
      route: `/sessions/launch?type=headless&${terminal}&name=sweep&cmd=env&replicas=3`,
    });
    await formReady();
    const replicas = await screen.findByRole('textbox', { name: 'Replicas' });
    expect(replicas).toHaveValue('3');
    await user.clear(replicas);
    // emptied, it stays empty: an 8 typed next is 8, not 18
    expect(replicas).toHaveValue('');
    await user.type(replicas, '8');
    expect(replicas).toHaveValue('8');
    expect(screen.getByRole('button', { name: 'Launch 8 replicas' })).toBeInTheDocument();

    await user.clear(replicas);
    // the field says nothing while it is being edited
    expect(screen.queryByText('Give a number of replicas, from 1 to 512')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(await screen.findByText('Give a number of replicas, from 1 to 512')).toBeInTheDocument();
    expect(replicas).toHaveFocus();
    await user.type(replicas, '600');
    expect(replicas).toHaveValue('600');
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(await screen.findByText('Give a whole number of replicas from 1 to 512')).toBeInTheDocument();
    expect(screen.getByText('Give a number of replicas above to copy the line.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(replicas);
    await user.type(replicas, '2');
    await user.click(screen.getByRole('button', { name: 'Launch 2 replicas' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(sent).toEqual(['sweep-1', 'sweep-2']);
  });

  it('brings a remembered job’s variables back without values, and asks for them only at Launch', async () => {
    rememberLaunch(
      'jdoe',
      readLaunchState(new URLSearchParams(`type=headless&${terminal}&cmd=env&env=MODE%3Dfast`)),
    );
    const sent = watchLaunches();
    const { user } = await renderApp({ route: '/sessions/launch?type=headless' });
    await formReady();
    const variable = await screen.findByRole('textbox', { name: 'Variable 1' });
    expect(variable).toHaveValue('MODE');
    const value = screen.getByRole('textbox', { name: 'Value 1' });
    expect(value).toHaveValue('');
    // a row may wrap, each field a line of its own on a phone (checked in Chromium at 360 px: jsdom lays
    // nothing out), where one line held four controls and left the names ~40 px
    expect(variable.closest('.mantine-Group-root')).toHaveAttribute(
      'style',
      expect.stringContaining('--group-wrap: wrap'),
    );
    // nothing red before the user has done anything, and Launch can be pressed
    expect(screen.queryByText(/^Give MODE a value/)).not.toBeInTheDocument();
    const launch = screen.getByRole('button', { name: 'Launch' });
    expect(launch).toBeEnabled();

    await user.click(launch);
    expect(
      await screen.findByText('Give MODE a value, or remove the row: skaha drops a variable without one.'),
    ).toBeInTheDocument();
    expect(value).toHaveFocus();
    expect(sent).toEqual([]);
    await user.type(value, 'slow');
    expect(screen.queryByText(/^Give MODE a value/)).not.toBeInTheDocument();
    await user.click(launch);
    await waitFor(() => {
      expect(sent).toHaveLength(1);
    });
    const [name = ''] = sent;
    expect(launched(name)[0]?.command?.env).toEqual(['MODE=slow', 'REPLICA_ID=1', 'REPLICA_COUNT=1']);
  });
});
