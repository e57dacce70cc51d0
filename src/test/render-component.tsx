import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, loadAreaStrings } from '@/i18n/i18n';
import type { AreaStrings, Language } from '@/i18n/translation';

/**
 * A component on its own, with what every component needs: the strings of `language` and Mantine. An area's
 * component takes an `i18n` that has its area's strings (`areaI18n`).
 */
export function renderComponent(element: ReactNode, language: Language = 'en', i18n = createI18n(language)) {
  return {
    user: userEvent.setup(),
    ...render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider env="test">{element}</MantineProvider>
      </I18nextProvider>,
    ),
  };
}

/** The strings of `language` with those of an area loaded, as its route loads them. */
export async function areaI18n(area: AreaStrings, language: Language = 'en') {
  const i18n = createI18n(language);
  await loadAreaStrings(i18n, area);
  return i18n;
}
