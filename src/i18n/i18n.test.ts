import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the module for each test: the test setup has already loaded every string into the shared one.
async function freshI18n() {
  vi.resetModules();
  return import('./i18n');
}

describe('loading strings in pieces', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('starts with the shell in English and adds an area’s strings when the area loads', async () => {
    const { createI18n, loadAreaStrings } = await freshI18n();
    const i18n = createI18n('en');
    expect(i18n.t('nav.storage')).toBe('Storage');
    expect(i18n.exists('sessions.filter')).toBe(false);
    await loadAreaStrings(i18n, 'sessions');
    expect(i18n.t('sessions.filter')).toBe('Filter sessions');
    expect(i18n.exists('storage.title')).toBe(false);
  });

  it('loads French, with the areas in use, when the language changes', async () => {
    const { createI18n, loadAreaStrings } = await freshI18n();
    const i18n = createI18n('en');
    await loadAreaStrings(i18n, 'sessions');
    await i18n.changeLanguage('fr');
    expect(i18n.language).toBe('fr');
    expect(i18n.t('nav.storage')).toBe('Stockage');
    expect(i18n.t('sessions.filter')).toBe('Filtrer les sessions');
    // An area visited afterwards arrives in both languages the page holds.
    await loadAreaStrings(i18n, 'storage');
    expect(i18n.t('storage.title')).toBe('Stockage');
    expect(i18n.getFixedT('en')('storage.title')).toBe('Storage');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.storage')).toBe('Storage');
  });

  it('prepares an instance whose French shell is there for the first render', async () => {
    const { prepareI18n } = await freshI18n();
    const i18n = await prepareI18n('fr');
    expect(i18n.t('app.name')).toBe('Portail scientifique');
    expect(document.documentElement.lang).toBe('fr');
  });
});
