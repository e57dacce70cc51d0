import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load-config';
import { createI18n } from '../i18n/i18n';
import { ConfigErrorPage } from './config-error-page';

describe('the configuration error page', () => {
  it('names every bad key of config.json', () => {
    const result = parseConfig({ auth: { mode: 'sso' }, feature: {} });
    if (result.ok) throw new Error('expected an invalid config');
    render(<ConfigErrorPage failure={result} i18n={createI18n('en')} />);
    expect(
      screen.getByRole('heading', { name: 'The portal is not configured correctly' }),
    ).toBeInTheDocument();
    expect(screen.getByText('auth.mode')).toBeInTheDocument();
    expect(screen.getByText('feature')).toBeInTheDocument();
    expect(screen.getByText('is not a known key')).toBeInTheDocument();
  });

  it('explains a missing file, in French too', () => {
    render(
      <ConfigErrorPage
        failure={{ ok: false, reason: 'missing', detail: 'HTTP 404' }}
        i18n={createI18n('fr')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('config.json n’a pas pu être chargé (HTTP 404).');
  });
});
