import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe('the renew button', () => {
  it('lets a refused renew’s error be put away, back at the Renew it tells of', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, FIRST_LOAD);
    failNext('skaha', { status: 400, method: 'POST', body: 'renewal refused by policy\n' });
    const renew = within(notebook).getByRole('button', { name: 'Renew notebook1' });
    await user.click(renew);
    const alert = await within(notebook).findByRole('alert', { name: 'Could not renew notebook1' });
    // a refusal: nothing to try again, so only the close button makes it go
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(within(notebook).getByRole('button', { name: 'Dismiss the renew error of notebook1' }));
    expect(within(notebook).queryByRole('alert')).not.toBeInTheDocument();
    expect(renew).toHaveFocus();
  });
});
