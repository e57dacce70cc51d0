import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

/** The home folder with `name` selected and its Sharing dialog open. */
async function openSharing(name: string) {
  const { user } = await renderApp({ route: '/storage/home/jdoe' });
  await user.click(within(await grid()).getByText(name));
  await user.click(screen.getByRole('button', { name: 'Sharing' }));
  const dialog = await screen.findByRole('dialog', { name: /^Sharing of / });
  return { user, dialog };
}

describe('sharing', () => {
  it('refuses, before Save, a group name cavern would refuse', async () => {
    const { user, dialog } = await openSharing('notes.txt');
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

describe('inheritance', () => {
  it('needs a group: cavern keeps it as the groups’ default ACLs, so without one it cannot be set', async () => {
    const { user, dialog } = await openSharing('data');
    const inherit = within(dialog).getByRole('switch', { name: 'New items inside get these permissions' });
    expect(inherit).toBeChecked();
    for (const name of ['Groups that can read', 'Groups that can read and write']) {
      await user.click(within(dialog).getByRole('combobox', { name }));
      await user.keyboard('{Backspace}');
    }
    expect(inherit).not.toBeChecked();
    expect(inherit).toBeDisabled();
    expect(
      within(dialog).getByText('Add a group first: new items inherit the groups’ permissions.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Sharing saved\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/data']).toMatchObject({
      groupRead: [],
      groupWrite: [],
      inheritPermissions: false,
    });
  });
});

describe('group suggestions', () => {
  it('offers the user’s own groups as they type, and takes one from the keyboard', async () => {
    const { user, dialog } = await openSharing('notes.txt');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.click(groups);
    await user.keyboard('surv');
    const option = await screen.findByRole('option', { name: 'survey-team' });
    expect(option).toBeInTheDocument();
    // Enter, as the hint says, takes the first suggestion, not the half-typed "surv"
    await user.keyboard('{Enter}');
    expect(groups).toHaveValue('');
    // a chosen group is not offered again
    await user.keyboard('surv');
    expect(screen.queryByRole('option', { name: 'survey-team' })).not.toBeInTheDocument();
    await user.keyboard('{Backspace>4/}');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Sharing saved\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.groupRead).toEqual([
      'ivo://cadc.nrc.ca/gms?survey-team',
    ]);
  });

  it('closes the suggestions with a first Escape and the dialog with a second', async () => {
    const { user, dialog } = await openSharing('notes.txt');
    await user.click(within(dialog).getByRole('combobox', { name: 'Groups that can read' }));
    await user.keyboard('surv');
    expect(await screen.findByRole('option', { name: 'survey-team' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('option', { name: 'survey-team' })).not.toBeInTheDocument();
    });
    expect(screen.getByRole('dialog', { name: /^Sharing of / })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: /^Sharing of / })).not.toBeInTheDocument();
    });
  });
});

describe('leaving the dialog', () => {
  it('closes with one Escape from a group field whose text matches none of the user’s groups', async () => {
    const { user, dialog } = await openSharing('notes.txt');
    await user.click(within(dialog).getByRole('combobox', { name: 'Groups that can read' }));
    await user.keyboard('lensing');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: /^Sharing of / })).not.toBeInTheDocument();
    });
  });
});
