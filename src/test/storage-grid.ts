import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The storage page's file grid, once its folder has loaded (a first page loads its route's code). */
export const grid = () => screen.findByRole('grid', { name: /^(Contents of|Contenu de)/ }, { timeout: 8000 });

/** Selects these rows of the grid as a user does: a click on the first, Ctrl+click on each of the others. */
export async function selectRows(user: UserEvent, names: readonly string[]): Promise<HTMLElement> {
  const table = await grid();
  const [first, ...others] = names;
  if (first === undefined) throw new Error('selectRows needs at least one name');
  await user.click(within(table).getByText(first));
  for (const name of others) {
    await user.keyboard('{Control>}');
    await user.click(within(table).getByText(name));
    await user.keyboard('{/Control}');
  }
  return table;
}
