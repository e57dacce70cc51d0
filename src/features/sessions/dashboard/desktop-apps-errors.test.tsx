import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

// mchen's running desktop, and the ds9:8.6 attached to it
const DESKTOP = '/v1/session/m4r8c2nt';
const DS9 = `${DESKTOP}/app/x7k`;

async function openDesktop(language: 'en' | 'fr' = 'en') {
  const rendered = await renderApp({ route: '/sessions', signedInAs: 'mchen', language });
  const desktop = await screen.findByRole('article', { name: 'desktop1' }, FIRST_LOAD);
  return { ...rendered, desktop };
}

async function attachTopcat(user: Awaited<ReturnType<typeof renderApp>>['user'], desktop: HTMLElement) {
  await user.click(within(desktop).getByRole('combobox', { name: 'App to attach' }));
  await user.click(await screen.findByRole('option', { name: 'topcat:4.10' }));
  await user.click(within(desktop).getByRole('button', { name: 'Attach' }));
}

describe('the desktop apps’ errors', () => {
  it('names a failed remove, keeps it through an attach that works, and clears it once the remove works', async () => {
    const { user, desktop } = await openDesktop();
    const removeDs9 = await within(desktop).findByRole(
      'button',
      { name: 'Remove ds9:8.6 from desktop1' },
      FIRST_LOAD,
    );
    failNext('skaha', { status: 500, method: 'DELETE', path: DS9 });
    await user.click(removeDs9);
    const failed = await within(desktop).findByRole('alert', {
      name: 'Could not remove ds9:8.6 from desktop1',
    });
    expect(failed).toHaveTextContent(/500/);

    await attachTopcat(user, desktop);
    await within(desktop).findByRole('button', { name: 'Remove topcat:4.10 from desktop1' });
    expect(within(desktop).getAllByRole('alert')).toEqual([failed]);

    await user.click(within(desktop).getByRole('button', { name: 'Remove ds9:8.6 from desktop1' }));
    await waitFor(() => {
      expect(within(desktop).queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('puts a failed remove away with its close button, focus back on the Remove it tells of', async () => {
    const { user, desktop } = await openDesktop();
    await within(desktop).findByRole('button', { name: 'Remove ds9:8.6 from desktop1' }, FIRST_LOAD);
    failNext('skaha', { status: 500, method: 'DELETE', path: DS9 });
    await user.click(within(desktop).getByRole('button', { name: 'Remove ds9:8.6 from desktop1' }));
    const failed = await within(desktop).findByRole('alert', {
      name: 'Could not remove ds9:8.6 from desktop1',
    });
    await user.click(
      within(failed).getByRole('button', { name: 'Dismiss the error removing ds9:8.6 from desktop1' }),
    );
    expect(within(desktop).queryByRole('alert')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(
      within(desktop).getByRole('button', { name: 'Remove ds9:8.6 from desktop1' }),
    );
  });

  it('names a failed attach, puts it away on close, and clears it once an attach works', async () => {
    const { user, desktop } = await openDesktop();
    await within(desktop).findByRole('button', { name: 'Remove ds9:8.6 from desktop1' }, FIRST_LOAD);
    failNext('skaha', { status: 503, method: 'POST', path: `${DESKTOP}/app` });
    await attachTopcat(user, desktop);
    const failed = await within(desktop).findByRole('alert', {
      name: 'Could not attach topcat:4.10 to desktop1',
    });
    await user.click(within(failed).getByRole('button', { name: 'Dismiss the attach error of desktop1' }));
    expect(within(desktop).queryByRole('alert')).not.toBeInTheDocument();
    // the app is still chosen: back to the Attach that failed
    const attach = within(desktop).getByRole('button', { name: 'Attach' });
    expect(document.activeElement).toBe(attach);

    failNext('skaha', { status: 503, method: 'POST', path: `${DESKTOP}/app` });
    await user.click(attach);
    await within(desktop).findByRole('alert', { name: 'Could not attach topcat:4.10 to desktop1' });
    await user.click(attach);
    await within(desktop).findByRole('button', { name: 'Remove topcat:4.10 from desktop1' });
    expect(within(desktop).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names a failed read of the apps, with a Try again that lists them and leaves focus on the field', async () => {
    failNext('skaha', { status: 500, method: 'GET', path: `${DESKTOP}/app` });
    const { user, desktop } = await openDesktop();
    const failed = await within(desktop).findByRole(
      'alert',
      { name: 'Could not read the apps of desktop1' },
      FIRST_LOAD,
    );
    expect(
      within(failed).getByRole('button', { name: 'Dismiss the error reading the apps of desktop1' }),
    ).toBeInTheDocument();
    await user.click(within(failed).getByRole('button', { name: 'Try again' }));
    await within(desktop).findByRole('button', { name: 'Remove ds9:8.6 from desktop1' });
    expect(within(desktop).queryByRole('alert')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(within(desktop).getByRole('combobox', { name: 'App to attach' }));
  });

  it('names a failed remove in French', async () => {
    const { user, desktop } = await openDesktop('fr');
    const remove = await within(desktop).findByRole(
      'button',
      { name: 'Retirer ds9:8.6 de la session desktop1' },
      FIRST_LOAD,
    );
    failNext('skaha', { status: 500, method: 'DELETE', path: DS9 });
    await user.click(remove);
    const failed = await within(desktop).findByRole('alert', {
      name: 'Impossible de retirer ds9:8.6 de la session desktop1',
    });
    expect(
      within(failed).getByRole('button', {
        name: 'Masquer l’erreur de retrait de ds9:8.6 de la session desktop1',
      }),
    ).toBeInTheDocument();
  });
});
