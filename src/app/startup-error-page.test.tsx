import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load-config';
import { createI18n } from '../i18n/i18n';
import { StartupErrorPage } from './startup-error-page';

describe('the start-up error page', () => {
  it('names every bad key of config.json', () => {
    const result = parseConfig({ auth: { mode: 'sso' }, feature: {} });
    if (result.ok) throw new Error('expected an invalid config');
    render(<StartupErrorPage problem={result} i18n={createI18n('en')} />);
    expect(
      screen.getByRole('heading', { name: 'The portal is not configured correctly' }),
    ).toBeInTheDocument();
    expect(screen.getByText('auth.mode')).toBeInTheDocument();
    expect(screen.getByText('feature')).toBeInTheDocument();
    expect(screen.getByText('is not a known key')).toBeInTheDocument();
  });

  it('explains a missing file, in French too', () => {
    render(
      <StartupErrorPage
        problem={{ ok: false, reason: 'missing', detail: 'HTTP 404' }}
        i18n={createI18n('fr')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('config.json n’a pas pu être chargé (HTTP 404).');
  });

  it('says what stopped the start and offers a reload', () => {
    render(
      <StartupErrorPage
        problem={{ ok: false, reason: 'startup', detail: 'Failed to register the service worker.' }}
        i18n={createI18n('en')}
      />,
    );
    expect(screen.getByRole('heading', { name: 'The portal could not start' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to register the service worker.');
    expect(screen.getByRole('button', { name: 'Reload the portal' })).toBeInTheDocument();
  });
});
