import { afterEach, describe, expect, it } from 'vitest';
import { prepareBootScreen } from './boot-screen';

const html = document.documentElement;

describe('the page before the app has run', () => {
  afterEach(() => {
    localStorage.clear();
    html.removeAttribute('data-mantine-color-scheme');
  });

  it('takes the colour scheme chosen in the portal over the system’s', () => {
    localStorage.setItem('mantine-color-scheme-value', 'light');
    prepareBootScreen('en', () => true);
    expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    localStorage.setItem('mantine-color-scheme-value', 'dark');
    prepareBootScreen('en', () => false);
    expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('follows the system when the choice is automatic or was never made', () => {
    prepareBootScreen('en', () => true);
    expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    localStorage.setItem('mantine-color-scheme-value', 'auto');
    prepareBootScreen('en', () => false);
    expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it('puts the language on the page, which picks the loading words', () => {
    prepareBootScreen('fr', () => false);
    expect(html).toHaveAttribute('lang', 'fr');
    prepareBootScreen('en', () => false);
    expect(html).toHaveAttribute('lang', 'en');
  });
});
