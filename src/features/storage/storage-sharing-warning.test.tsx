import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

describe('a group the user is not in', () => {
  it('is announced as an alert, and still described with its field', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Sharing' }));
    const dialog = await screen.findByRole('dialog', { name: /^Sharing of / });
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'no-such-group{Enter}');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/^You are not a member of “.*no-such-group.*”\./);
    expect(groups).toHaveAccessibleDescription(expect.stringContaining('You are not a member of'));
  });
});
