import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { selectRows } from '@/test/storage-grid';

const actions = () => screen.getByRole('toolbar', { name: /Folder actions|Actions du dossier/ });
const action = (name: string) => within(actions()).getByRole('button', { name });

describe('a folder the user may read but not write in', () => {
  it('offers no rename, move, delete or sharing for what it holds, and says why', async () => {
    const { user } = await renderApp({ route: '/storage/projects/survey-team', signedInAs: 'trainee1' });
    const table = await selectRows(user, ['shared']);
    expect(action('Rename')).toBeDisabled();
    expect(action('Move')).toBeDisabled();
    expect(action('Delete')).toBeDisabled();
    expect(action('Sharing')).toBeDisabled();
    // what can be done still can
    expect(action('Download as ZIP')).toBeEnabled();
    expect(
      screen.getByText(
        'You may read \u2068survey-team\u2069 but not change it: nothing can be uploaded, created, renamed, moved or deleted here.',
      ),
    ).toBeInTheDocument();
    // nor from the keyboard: Delete asks nothing it would only be refused
    within(table).getAllByRole('row')[1]?.focus();
    await user.keyboard('{Delete}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says why in French', async () => {
    const { user } = await renderApp({
      route: '/storage/projects/survey-team',
      signedInAs: 'trainee1',
      language: 'fr',
    });
    await selectRows(user, ['shared']);
    expect(action('Supprimer')).toBeDisabled();
    // the text as written, its no-break space before the colon included
    expect(screen.getByText(/^Vous pouvez lire/).textContent).toBe(
      'Vous pouvez lire \u2068survey-team\u2069 mais pas le modifier\u00a0: rien ne peut y être téléversé, créé, renommé, déplacé ni supprimé.',
    );
  });

  it('leaves them all to a member who may write there', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['notes.txt']);
    for (const name of ['Rename', 'Move', 'Delete', 'Sharing']) expect(action(name)).toBeEnabled();
    expect(screen.queryByText(/but not change it/)).not.toBeInTheDocument();
  });
});

describe('a selection holding what the user may not read', () => {
  it('offers no package, and names what to leave out', async () => {
    const { user } = await renderApp({ route: '/storage/projects' });
    await selectRows(user, ['lensing-lab']);
    const zip = action('Download as ZIP');
    expect(zip).toBeDisabled();
    expect(action('More download formats')).toBeDisabled();
    expect(
      screen.getByText(
        'You may not read \u2068lensing-lab\u2069, so the selection cannot be downloaded: leave it out of the selection.',
      ),
    ).toBeInTheDocument();
  });
});
