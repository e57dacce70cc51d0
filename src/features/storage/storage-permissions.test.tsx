import { screen, waitFor, within } from '@testing-library/react';
import { groupKeys } from '@/api/ac/group-keys';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform, holdRequests } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

/** The home folder with `name` selected and its Sharing dialog open. */
async function openSharing(name: string, signedInAs = 'jdoe') {
  const { user, services } = await renderApp({ route: `/storage/home/${signedInAs}`, signedInAs });
  await user.click(within(await grid()).getByText(name));
  await user.click(screen.getByRole('button', { name: 'Sharing' }));
  const dialog = await screen.findByRole('dialog', { name: /^Sharing of / });
  return { user, dialog, queryClient: services.queryClient };
}

describe('sharing', () => {
  it('refuses, before Save, a group name cavern would refuse', async () => {
    const { user, dialog } = await openSharing('notes.txt');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'jdoe@collab{Enter}');
    expect(within(dialog).getByText('“jdoe@collab” is not a group name.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    // the suggestions do not open again over what is said of the name until more is typed
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('surv');
    expect(await screen.findByRole('option', { name: 'survey-team' })).toBeInTheDocument();
    await user.keyboard('{Backspace>4/}');
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

describe('a group the user is not in', () => {
  const NOT_MEMBER =
    'You are not a member of “\u2068no-such-group\u2069”. Check its spelling: the storage service saves any group name, and a name no group has gives no one access.';

  it('is said under its field, read with it, and still saved', async () => {
    const { user, dialog } = await openSharing('notes.txt');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'survey-team{Enter}');
    expect(within(dialog).queryByText(/You are not a member/)).not.toBeInTheDocument();
    await user.type(groups, 'no-such-group{Enter}');
    expect(await within(dialog).findByText(NOT_MEMBER)).toBeInTheDocument();
    expect(groups).toHaveAccessibleDescription(expect.stringContaining(NOT_MEMBER));
    // the other field has no such name
    expect(
      within(dialog).getByRole('combobox', { name: 'Groups that can read and write' }),
    ).not.toHaveAccessibleDescription(expect.stringContaining('not a member'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Sharing saved\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.groupRead).toEqual([
      'ivo://cadc.nrc.ca/gms?survey-team',
      'ivo://cadc.nrc.ca/gms?no-such-group',
    ]);
  });

  it('is not said of the groups the item was already shared with', async () => {
    // data is shared with jdoe-collab, which jdoe is not in
    const { user, dialog } = await openSharing('data');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'survey-team{Enter}');
    expect(within(dialog).getAllByText('jdoe-collab')).not.toHaveLength(0);
    expect(within(dialog).queryByText(/not a member/)).not.toBeInTheDocument();
  });

  it('is not said while the user’s groups load, and is once they are in', async () => {
    const search = holdRequests('/ac/search');
    const { user, dialog } = await openSharing('notes.txt');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'no-such-group{Enter}');
    expect(within(dialog).queryByText(/not a member/)).not.toBeInTheDocument();
    search.release();
    expect(await within(dialog).findByText(NOT_MEMBER)).toBeInTheDocument();
  });

  it('is not said when the group service failed', async () => {
    failNext('ac', { status: 503, body: 'Transient Exception: try later\n', path: '/search' });
    const { user, dialog, queryClient } = await openSharing('notes.txt');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.type(groups, 'no-such-group{Enter}');
    expect(within(dialog).getByText('no-such-group')).toBeInTheDocument();
    // the refusal has arrived, and nothing is said of it here
    await waitFor(() => {
      expect(queryClient.getQueryState(groupKeys.memberships())?.status).toBe('error');
    });
    expect(within(dialog).queryByText(/not a member/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
    // nor are the user's groups promised as suggestions
    expect(groups).toHaveAccessibleDescription(
      'Group names, such as survey-team: press Enter after each. Your groups cannot be suggested now (the group service did not list them): check each name as you type it.',
    );
  });

  it('is said in French', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Partage' }));
    const dialog = await screen.findByRole('dialog', { name: /^Partage\u00a0: / });
    const groups = within(dialog).getByRole('combobox', { name: 'Groupes pouvant lire' });
    await user.type(groups, 'no-such-group{Enter}');
    // the DOM's no-break spaces are read as spaces
    expect(
      await within(dialog).findByText(
        'Vous n’êtes pas membre du groupe « \u2068no-such-group\u2069 ». Vérifiez son orthographe : le service de stockage enregistre tout nom de groupe, et un nom qu’aucun groupe ne porte ne donne accès à personne.',
      ),
    ).toBeInTheDocument();
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
    // the arrow moves to the suggestion, and Enter takes it, not the half-typed "surv"
    await user.keyboard('{ArrowDown}{Enter}');
    expect(groups).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
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

  it('keeps a name typed and entered as typed, though one of the user’s groups contains it', async () => {
    // mchen is in lensing-lab, which "lab" matches; no group "lab" is hers
    const { user, dialog } = await openSharing('notes.txt', 'mchen');
    const groups = within(dialog).getByRole('combobox', { name: 'Groups that can read' });
    await user.click(groups);
    await user.keyboard('lab');
    expect(await screen.findByRole('option', { name: 'lensing-lab' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(groups).toHaveValue('');
    expect(within(dialog).getByText('lab')).toBeInTheDocument();
    expect(
      await within(dialog).findByText(/^You are not a member of “\u2068lab\u2069”\./),
    ).toBeInTheDocument();
    // a click takes a suggestion
    await user.keyboard('lens');
    await user.click(await screen.findByRole('option', { name: 'lensing-lab' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Sharing saved\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/mchen/notes.txt']?.groupRead).toEqual([
      'ivo://cadc.nrc.ca/gms?lab',
      'ivo://cadc.nrc.ca/gms?lensing-lab',
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
  it('asks before dropping changes: Keep editing keeps them and the keyboard’s place, Discard drops them', async () => {
    const { user, dialog } = await openSharing('notes.txt');
    const isPublic = within(dialog).getByRole('switch', { name: 'Public: anyone can read' });
    await user.click(isPublic);
    expect(isPublic).toHaveFocus();
    await user.keyboard('{Escape}');
    const question = within(dialog).getByRole('group', {
      name: 'Your changes to the sharing are not saved.',
    });
    const keep = within(question).getByRole('button', { name: 'Keep editing' });
    await waitFor(() => {
      expect(keep).toHaveFocus();
    });
    await user.keyboard('{Enter}');
    expect(isPublic).toBeChecked();
    expect(isPublic).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeInTheDocument();

    // the close button asks too; a second Escape is Keep editing, not a yes
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(within(dialog).getByRole('group', { name: /not saved/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(dialog).queryByRole('group', { name: /not saved/ })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: /^Sharing of / })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: /^Sharing of / })).not.toBeInTheDocument();
    });
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.isPublic).toBe(false);
  });

  it('closes at once without changes, and from Cancel with them: the user chose to drop them', async () => {
    const first = await openSharing('notes.txt');
    await first.user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: /^Sharing of / })).not.toBeInTheDocument();
    });
    await first.user.click(screen.getByRole('button', { name: 'Sharing' }));
    const dialog = await screen.findByRole('dialog', { name: /^Sharing of / });
    await first.user.click(within(dialog).getByRole('switch', { name: 'Public: anyone can read' }));
    await first.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: /^Sharing of / })).not.toBeInTheDocument();
    });
  });

  it('asks in French', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Partage' }));
    const dialog = await screen.findByRole('dialog', { name: /^Partage\u00a0: / });
    await user.click(within(dialog).getByRole('switch', { name: /^Public/ }));
    await user.keyboard('{Escape}');
    const question = within(dialog).getByRole('group', {
      name: 'Vos modifications du partage ne sont pas enregistrées.',
    });
    expect(within(question).getByRole('button', { name: 'Continuer les modifications' })).toBeInTheDocument();
    expect(
      within(question).getByRole('button', { name: 'Abandonner les modifications' }),
    ).toBeInTheDocument();
  });

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
