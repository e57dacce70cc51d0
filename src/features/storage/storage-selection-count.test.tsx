import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addStorageNode } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

const FILES = 1_200;

function addBigFolder() {
  addStorageNode('/home/jdoe/big', 'container');
  for (let index = 0; index < FILES; index++) addStorageNode(`/home/jdoe/big/f${String(index)}.txt`, 'data');
}

/** Ctrl+A in the grid, as a person selects everything. */
async function selectEverything() {
  const table = await grid();
  fireEvent.keyDown(table, { key: 'a', ctrlKey: true });
  return table;
}

describe('the selection count', () => {
  it('is written with the same digit grouping as the item count', async () => {
    addBigFolder();
    await renderApp({ route: '/storage/home/jdoe/big' });
    await selectEverything();
    expect(screen.getByText('1,200 items · 1,200 selected')).toBeInTheDocument();
  });

  it('in French too', async () => {
    addBigFolder();
    await renderApp({ route: '/storage/home/jdoe/big', language: 'fr' });
    await selectEverything();
    expect(screen.getByText(/^1\s200 éléments · 1\s200 sélectionnés$/)).toBeInTheDocument();
  });
});
