import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/translation';

/** A component on its own, with what every component needs: the strings of `language` and Mantine. */
export function renderComponent(element: ReactNode, language: Language = 'en') {
  return {
    user: userEvent.setup(),
    ...render(
      <I18nextProvider i18n={createI18n(language)}>
        <MantineProvider env="test">{element}</MantineProvider>
      </I18nextProvider>,
    ),
  };
}
