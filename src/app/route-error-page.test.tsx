import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { RouteErrorPage } from './route-error-page';

describe('the route error boundary', () => {
  it('says what failed and renders the route again on retry', async () => {
    // React reports an error caught by a boundary on the console; here it is the point of the test.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let isBroken = true;
    function Flaky() {
      if (isBroken) throw new Error('chunk failed to load');
      return <p>Recovered</p>;
    }
    const router = createMemoryRouter([{ path: '/', element: <Flaky />, errorElement: <RouteErrorPage /> }]);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MantineProvider env="test">
          <RouterProvider router={router} />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('chunk failed to load');
    isBroken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Recovered')).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
  });
});
