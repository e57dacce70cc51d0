import { describe, expect, it } from 'vitest';
import { createI18n, loadAreaStrings } from './i18n';

// Harbor's labels are names an image's maintainers type (notebook, desktop, headless…), never translated: a
// French sentence may name a session type in French, but must not call that translation the label.
describe('French names of Harbor labels', () => {
  const types = ['notebook', 'desktop', 'carta', 'firefly', 'contributed', 'headless'] as const;

  it('does not give a translated type name as the label of the launch form’s images', async () => {
    const i18n = createI18n('fr');
    await loadAreaStrings(i18n, 'sessions');
    await loadAreaStrings(i18n, 'launch');
    for (const type of types) {
      // As the image picker asks for it: the type's name in the reader's language.
      const name: string = i18n.t(`sessions.types.${type}`);
      const hint = i18n.t('launch.form.imageHint', { type: name });
      expect(hint).toContain(name);
      if (name !== type) expect(hint).not.toMatch(new RegExp(`libellé\\s*«\\s*${name}`));
    }
    expect(i18n.t('launch.form.imageHint', { type: i18n.t('sessions.types.headless') })).toBe(
      'Images destinées aux sessions «\u00a0Sans interface\u00a0» par leur libellé Harbor, classées par projet\u202f; cherchez par nom ou empreinte.',
    );
  });
});
