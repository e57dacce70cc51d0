import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

describe('sharing', () => {
  it('refuses, before Save, a group name cavern would refuse', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Sharing' }));
    const dialog = await screen.findByRole('dialog', { name: /^Sharing of / });
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'jdoe@collab{Enter}');
    expect(within(dialog).getByText('“jdoe@collab” is not a group name.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.type(groups, '{Backspace}ivo://cadc.nrc.ca/gms?team+1{Enter}');
    expect(
      within(dialog).getByText('“ivo://cadc.nrc.ca/gms?team+1” is not a group name.'),
    ).toBeInTheDocument();
    await user.type(groups, '{Backspace}survey-team{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Sharing saved\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.groupRead).toEqual([
      'ivo://cadc.nrc.ca/gms?survey-team',
    ]);
  });
});
