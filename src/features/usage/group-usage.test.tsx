import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe("a group's usage, from a link anyone can write", () => {
  it('says there is no such group in its own words, the name isolated with its override shown', async () => {
    await renderApp({ route: '/usage/groups/no%E2%80%AEpe', signedInAs: 'mchen' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(
      within(alert).getByText('The group service has no group named “\u2068no<U+202E>pe\u2069”.'),
    ).toBeInTheDocument();
    // the service's own text, which echoes the address, one click away and revealed too
    expect(alert).toHaveTextContent('group not found: no<U+202E>pe');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u202E');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('no<U+202E>pe');
  });

  it('names a group it may not show isolated, in French too', async () => {
    await renderApp({ route: '/usage/groups/lensing-lab', signedInAs: 'jdoe', language: 'fr' });
    expect(await screen.findByRole('alert', {}, FIRST_LOAD)).toHaveTextContent(
      'ne vous montre pas les membres du groupe \u2068lensing-lab\u2069',
    );
  });
});
