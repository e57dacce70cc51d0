import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const formReady = () => screen.findByRole('form', { name: 'Launch a session' }, { timeout: 8_000 });

const dump = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, index) => {
    const key = storage.key(index) ?? '';
    return `${key}=${storage.getItem(key) ?? ''}`;
  }).join('\n');

const JOB = '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2';

describe('secret values in the launch form', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it(
    'keeps marked and detected secrets out of the address, yet sends them to the platform',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp({ route: `${JOB}&name=secretive&cmd=run` });
      await formReady();
      expect(
        screen.getByText(/Secret values stay out of the address bar, links and remembered launches/),
      ).toBeInTheDocument();
      const rows: [string, string][] = [
        ['N_THREADS', '8'],
        ['DB_URL', 'postgres://survey:pw@db/survey'],
        ['API_TOKEN', 'abc123'],
      ];
      for (const [index, [key, value]] of rows.entries()) {
        await user.click(screen.getByRole('button', { name: 'Add a variable' }));
        // pasted: typing each key re-renders the whole form, slowly in jsdom
        await user.click(screen.getByRole('textbox', { name: `Variable ${index + 1}` }));
        await user.paste(key);
        // a value whose name gives it away is masked already: no textbox role then
        await user.click(screen.getByLabelText(`Value ${index + 1}`));
        await user.paste(value);
      }
      // the user marks the database URL; the token's name gives it away by itself
      await user.click(screen.getByRole('checkbox', { name: 'Secret value 2' }));
      const detected = screen.getByRole('checkbox', { name: 'Secret value 3 (detected)' });
      expect(detected).toBeChecked();
      expect(detected).toBeDisabled();
      expect(screen.getByRole('checkbox', { name: 'Secret value 1' })).not.toBeChecked();
      // secret values are masked on screen, and the CLI line reads them from the shell
      expect(screen.getByLabelText('Value 1')).toHaveAttribute('type', 'text');
      expect(screen.getByLabelText('Value 2')).toHaveAttribute('type', 'password');
      expect(screen.getByLabelText('Value 3')).toHaveAttribute('type', 'password');
      const cli = screen.getByText(/^canfar create /);
      expect(cli).toHaveTextContent('--env N_THREADS=8 --env DB_URL="$DB_URL" --env API_TOKEN="$API_TOKEN"');
      expect(cli.textContent).not.toMatch(/postgres|abc123/);
      expect(
        screen.getByText(
          'Secret values are read from your shell: set DB_URL, API_TOKEN there before you run it.',
        ),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('textbox', { name: 'Arguments' }));
      await user.paste('--key hunter2');
      await user.click(screen.getByRole('checkbox', { name: 'Secret arguments' }));

      await waitFor(() => {
        expect(router.state.location.search).toContain('env=N_THREADS%3D8');
      });
      const address = decodeURIComponent(router.state.location.search);
      expect(address).toContain('env=DB_URL&env=API_TOKEN');
      for (const secret of ['postgres', 'abc123', 'hunter2']) expect(address).not.toContain(secret);

      await user.click(screen.getByRole('button', { name: 'Launch' }));
      await waitFor(() => {
        expect(router.state.location.pathname).toBe('/sessions');
      });
      const [record] = getPlatform().skaha.sessions.filter((session) => session.name === 'secretive');
      expect(record?.command?.env).toEqual([
        'N_THREADS=8',
        'DB_URL=postgres://survey:pw@db/survey',
        'API_TOKEN=abc123',
        'REPLICA_ID=1',
        'REPLICA_COUNT=1',
      ]);
      // remembered without a single value or the arguments
      const stored = `${dump(localStorage)}\n${dump(sessionStorage)}`;
      expect(stored).toContain('launch.headless');
      for (const secret of ['postgres', 'abc123', 'hunter2', 'N_THREADS%3D8'])
        expect(stored).not.toContain(secret);
    },
  );

  it('recalls a launch only for the user who made it', async () => {
    const first = await renderApp({ route: `${JOB}&name=mine&cmd=reduce-night` });
    await formReady();
    await first.user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(first.router.state.location.pathname).toBe('/sessions');
    });
    first.unmount();

    // Mei, later, in a tab of her own (in Jane's tab she would start from the home page: app/auth-gate.tsx).
    sessionStorage.clear();
    await renderApp({ route: '/sessions/launch?type=headless', signedInAs: 'mchen' });
    await formReady();
    expect(await screen.findByRole('textbox', { name: 'Command' })).toHaveValue('');
  });
});
