import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

/** The projects folder with `survey-team` selected and its Sharing dialog open, set to apply to all inside. */
async function shareProjectRecursively(language?: 'fr') {
  const { user } = await renderApp({ route: '/storage/projects', ...(language ? { language } : {}) });
  await user.click(within(await grid()).getByText('survey-team'));
  await user.click(screen.getByRole('button', { name: language ? 'Partage' : 'Sharing' }));
  const dialog = await screen.findByRole('dialog', { name: language ? /^Partage\u00a0: / : /^Sharing of / });
  await user.click(within(dialog).getByRole('switch', { name: /^Public/ }));
  await user.click(
    within(dialog).getByRole('checkbox', { name: language ? /^Appliquer/ : /^Apply to everything/ }),
  );
  await user.click(within(dialog).getByRole('button', { name: language ? 'Enregistrer' : 'Save' }));
  return within(dialog).findByRole('alert');
}

describe('a storage job cavern refuses', () => {
  it('says the user may not do it, naming the path, with no HTTP status', async () => {
    const alert = await shareProjectRecursively();
    expect(alert).toHaveTextContent(
      'You are not allowed to do this with “\u2068/projects/survey-team\u2069”: the storage service refused it.',
    );
    expect(alert).not.toHaveTextContent(/answered|200|PermissionDenied/);
    expect(getPlatform().storage.nodes['/projects/survey-team']?.isPublic).toBe(false);
  });

  it('says it in French', async () => {
    const alert = await shareProjectRecursively('fr');
    expect(alert).toHaveTextContent(
      'Vous n’avez pas le droit de faire cela avec « \u2068/projects/survey-team\u2069 » : le service de stockage l’a refusé.',
    );
    expect(alert).not.toHaveTextContent(/répondu|200/);
  });
});
