import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

const READ_ONLY =
  'You cannot upload into \u2068projects\u2069: you may read this folder but not write in it.';

/** A drop of one file on the page's drop zone, as the browser sends it; true when the page took it. */
function dropFile(over: Element): boolean {
  const file = new File(['seeing 0.7\n'], 'night-log.txt', { type: 'text/plain' });
  const dataTransfer = {
    files: [file],
    items: [{ kind: 'file', type: file.type, getAsFile: () => file }],
    types: ['Files'],
  };
  fireEvent.dragEnter(document, { dataTransfer });
  const drop = createEvent.drop(over, { dataTransfer });
  fireEvent(over, drop);
  return drop.defaultPrevented;
}

describe('files dropped on a folder the user may not write in', () => {
  it('are caught, refused in words, and nothing is uploaded', async () => {
    await renderApp({ route: '/storage/projects' });
    await grid();
    const zone = screen.getByText(READ_ONLY);
    expect(dropFile(zone)).toBe(true);
    expect(await screen.findByRole('alert')).toHaveTextContent(READ_ONLY);
    expect(screen.queryByRole('region', { name: 'Uploads' })).not.toBeInTheDocument();
    expect(Object.keys(getPlatform().storage.nodes).filter((path) => path.endsWith('night-log.txt'))).toEqual(
      [],
    );
  });

  it('says so in French', async () => {
    await renderApp({ route: '/storage/projects', language: 'fr' });
    await grid();
    const refusal =
      'Vous ne pouvez pas téléverser dans \u2068projects\u2069\u00a0: vous pouvez lire ce dossier, mais pas y écrire.';
    // the text matcher folds the no-break space into a space; the alert's text is compared exactly below
    dropFile(screen.getByText(/^Vous ne pouvez pas téléverser dans .projects.\s: vous pouvez lire/));
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe(refusal);
    });
  });
});
