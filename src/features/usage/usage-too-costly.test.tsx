import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

// Prometheus' own refusal when a query would hold more than its --query.max-samples (web/api/v1: errorExec, 422)
const tooManySamples = JSON.stringify({
  status: 'error',
  errorType: 'execution',
  error: 'query processing would load too many samples into memory in query execution',
});

describe('a usage figure the service refuses for what it costs', () => {
  it('says to choose a shorter period, keeps the service’s words one click away, and offers no Try again', async () => {
    failNext('usage', { status: 422, body: tooManySamples, path: '/api/v1/query', times: 20 });
    await renderApp({ route: '/usage?window=year' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert).toHaveTextContent(
      'This period is too much for the usage service to add up at once. Choose a shorter period, or a custom range of fewer days.',
    );
    expect(within(alert).getByText('Details from the service')).toBeInTheDocument();
    expect(alert).toHaveTextContent('query processing would load too many samples into memory');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // the way out is on the page
    expect(screen.getByRole('radio', { name: 'Week' })).toBeInTheDocument();
  });

  it('in French too', async () => {
    failNext('usage', { status: 422, body: tooManySamples, path: '/api/v1/query', times: 20 });
    await renderApp({ route: '/usage?window=year', language: 'fr' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert).toHaveTextContent('Choisissez une période plus courte');
  });

  it('a refusal of another kind still offers Try again', async () => {
    failNext('usage', { status: 503, path: '/api/v1/query' });
    await renderApp({ route: '/usage?window=year' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
