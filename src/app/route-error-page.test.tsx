import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { allowConsoleError } from '../test/console';
import { RouteErrorPage } from './route-error-page';

describe('the route error page', () => {
  it('says what failed and renders the route again on retry', async () => {
    // React reports an error caught by a boundary on the console; here it is the point of the test.
    const consoleError = allowConsoleError(/chunk failed to load/);
    let isBroken = true;
    function Flaky() {
      if (isBroken) throw new Error('chunk failed to load');
      return <p>Recovered</p>;
    }
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MantineProvider env="test">
          <ErrorBoundary FallbackComponent={RouteErrorPage}>
            <Flaky />
          </ErrorBoundary>
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('chunk failed to load');
    expect(screen.getByRole('button', { name: 'Reload the portal' })).toBeInTheDocument();
    isBroken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Recovered')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).not.toBeInTheDocument();
    expect(consoleError.mock.calls.flat()).toContainEqual(new Error('chunk failed to load'));
  });

  it('speaks French', async () => {
    allowConsoleError(/Error: boom/);
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MantineProvider env="test">
          <ErrorBoundary FallbackComponent={RouteErrorPage}>
            <Broken />
          </ErrorBoundary>
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Cette page n’a pas pu être affichée' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recharger le portail' })).toBeInTheDocument();
  });
});
