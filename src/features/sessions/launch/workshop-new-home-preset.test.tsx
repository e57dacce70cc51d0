import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const FORM =
  '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&resources=fixed&cores=4&ram=16';

/** The new-user scenario's account: cavern has no /home/jdoe until skaha makes it at the first launch. */
async function saveAsPreset(language: 'en' | 'fr') {
  const words =
    language === 'en'
      ? { presets: 'Presets', save: 'Save the form as a preset…', dialog: 'Save the form as a preset' }
      : {
          presets: 'Préréglages',
          save: 'Enregistrer le formulaire comme préréglage…',
          dialog: 'Enregistrer le formulaire comme préréglage',
        };
  const { user, router } = await renderApp({ route: FORM, scenario: 'new-user', language });
  await screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, FIRST_LOAD);
  await user.click(screen.getByRole('button', { name: words.presets }));
  await user.click(await screen.findByRole('menuitem', { name: words.save }));
  const dialog = await screen.findByRole('dialog', { name: words.dialog });
  const name = within(dialog).getByRole('textbox', { name: /Preset name|Nom du préréglage/ });
  await user.type(name, 'Big notebook');
  await user.click(within(dialog).getByRole('button', { name: /^(Save preset|Enregistrer le préréglage)$/ }));
  const alert = await within(dialog).findByRole('alert');
  return { user, router, dialog, name, alert };
}

describe('a preset saved by an account whose home does not exist yet', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it(
    'says the home folder is made at the first session, keeps the service’s words a click away, and keeps the name and form',
    { timeout: 40_000 },
    async () => {
      const { user, router, dialog, name, alert } = await saveAsPreset('en');
      expect(alert).toHaveTextContent('The presets file could not be saved');
      expect(
        within(alert).getByText(
          'Your home folder does not exist yet: it is created when you start your first session, and your presets are kept there. Start a session, then save this preset again.',
        ),
      ).toBeVisible();
      // the service's own words, behind Details (support asks for them), not in the sentence the user reads
      const details = within(alert).getByText('Details from the service');
      expect(within(alert).getByText(/ContainerNotFound: \/home\/jdoe/)).not.toBeVisible();
      await user.click(details);
      expect(within(alert).getByText(/ContainerNotFound: \/home\/jdoe/)).toBeVisible();
      // nothing was written, and nothing the user typed is lost
      expect(getPlatform().storage.nodes['/home/jdoe/.canfar/launch-presets.json']).toBeUndefined();
      expect(screen.getByRole('dialog', { name: 'Save the form as a preset' })).toBe(dialog);
      expect(name).toHaveValue('Big notebook');
      const query = new URLSearchParams(router.state.location.search);
      expect(Object.fromEntries(query)).toMatchObject({ type: 'notebook', cores: '4', ram: '16' });
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
      expect(screen.getByRole('radio', { name: /Notebook/ })).toBeChecked();
    },
  );

  it('says it in French, with French typography', { timeout: 40_000 }, async () => {
    const { alert } = await saveAsPreset('fr');
    const explanation = within(alert).getByText(/^Votre dossier personnel n’existe pas encore/);
    // textContent: Testing Library's matchers fold the no-break space into a plain one
    expect(explanation.textContent).toBe(
      'Votre dossier personnel n’existe pas encore\u00a0: il est créé au lancement de votre première session, et vos préréglages y sont conservés. Lancez une session, puis enregistrez de nouveau ce préréglage.',
    );
    expect(within(alert).getByText('Détails fournis par le service')).toBeVisible();
  });
});
