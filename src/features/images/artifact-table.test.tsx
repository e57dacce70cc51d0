import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };

async function rowOf(tag: string) {
  const table = await screen.findByRole('table');
  const row = within(table).getByRole('link', { name: tag }).closest('tr');
  if (!row) throw new Error(`no row for ${tag}`);
  return row;
}

describe("a repository's artifacts", () => {
  it('names each row’s copy button by its artifact, as its Launch button is', async () => {
    await renderApp({ route: '/images/skaha/casa', config: MOCK_MODE });
    for (const tag of ['6.6.5', '6.6.4', '6.5.6']) {
      const row = await rowOf(tag);
      // once in the Digest column, once in the first cell for small screens (CSS shows one)
      expect(
        within(row).getAllByRole('button', { name: `Copy the digest of ${tag}` }).length,
      ).toBeGreaterThan(0);
    }
    expect(screen.queryByRole('button', { name: 'Copy the digest' })).not.toBeInTheDocument();
  });

  it('says in the first cell what the columns a small screen hides hold', async () => {
    await renderApp({ route: '/images/skaha/casa', config: MOCK_MODE });
    const cell = within(await rowOf('6.6.5')).getAllByRole('cell')[0];
    if (!cell) throw new Error('no first cell');
    expect(cell).toHaveTextContent(/sha256:[0-9a-f]{12}/);
    expect(cell).toHaveTextContent('linux/amd64');
    expect(cell).toHaveTextContent(/\d(\.\d)? GB · Pushed \w{3} \d{1,2}, \d{4}/);
    expect(cell).toHaveTextContent('Headless');
  });

  it('in French too', async () => {
    await renderApp({ route: '/images/skaha/casa', config: MOCK_MODE, language: 'fr' });
    const row = await rowOf('6.6.5');
    expect(
      within(row).getAllByRole('button', { name: 'Copier l’empreinte de 6.6.5' }).length,
    ).toBeGreaterThan(0);
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/Go · Publié le \d{1,2} /);
  });
});
