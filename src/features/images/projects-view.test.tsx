import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };

describe('the projects table on a small screen', () => {
  it('says in the first cell what the hidden columns hold, and shows a long name whole', async () => {
    await renderApp({ route: '/images', config: MOCK_MODE, scenario: 'hostile' });
    const project = await screen.findByRole('link', { name: /^hostile_lab_/ }, FIRST_LOAD);
    // wrapped, never cut to an ellipsis with the whole name in a mouse-only title
    expect(project).not.toHaveAttribute('title');
    const row = project.closest('tr');
    if (!row) throw new Error('no row for the project');
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(
      /^hostile_lab_\S+PublicCreated \w{3} \d{1,2}, \d{4}$/,
    );
  });
});
