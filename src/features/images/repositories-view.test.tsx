import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };

const firstCellOf = (name: string) => {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  const cell = within(row).getAllByRole('cell')[0];
  if (!cell) throw new Error(`no first cell for ${name}`);
  return cell;
};

describe('the repositories table on a small screen', () => {
  it('says in the first cell the pulls and the date the order goes by, and shows the name whole', async () => {
    const { router } = await renderApp({ route: '/images/skaha', config: MOCK_MODE });
    // wrapped, never cut to an ellipsis with the whole name in a mouse-only title
    expect(await screen.findByRole('link', { name: 'carta' }, FIRST_LOAD)).not.toHaveAttribute('title');
    expect(firstCellOf('carta')).toHaveTextContent(
      /[\d,]+ pulls · Created \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/,
    );
    await router.navigate('/images/skaha?sort=updated');
    expect(
      await screen.findByRole('option', { name: 'Recently updated', selected: true }),
    ).toBeInTheDocument();
    expect(await within(firstCellOf('carta')).findByText(/ · Updated /)).toBeInTheDocument();
  });
});
