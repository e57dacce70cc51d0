import { screen, waitFor } from '@testing-library/react';
import type { Language } from '@/i18n/translation';
import { renderComponent } from '@/test/render-component';
import { Button, Modal } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart, LazyMount, useLazyDialog, type LazyPart } from './lazy-part';

afterEach(() => {
  notifications.clean();
});

function renderWith(children: ReactNode, language: Language = 'en') {
  return renderComponent(
    <>
      <Notifications />
      {children}
    </>,
    language,
  );
}

/** A module fetch the test settles by hand: each call of the import is one pending fetch. */
function controlledImport<T>(value: T) {
  const pending: { resolve: () => void; reject: () => void }[] = [];
  const importPart = () =>
    new Promise<T>((resolve, reject) => {
      pending.push({
        resolve: () => {
          resolve(value);
        },
        reject: () => {
          reject(new TypeError('Failed to fetch dynamically imported module'));
        },
      });
    });
  return { importPart, pending };
}

const dialogModule = {
  Dialog: ({ opened, onClose }: { opened: boolean; onClose: () => void }) => (
    <Modal opened={opened} onClose={onClose} title="Delete notebook1?">
      <p>Its files stay.</p>
    </Modal>
  ),
};

function DialogButton({ part }: { part: LazyPart<typeof dialogModule> }) {
  const dialog = useLazyDialog(part);
  const Dialog = dialog.module?.Dialog;
  return (
    <>
      <Button {...dialog.trigger}>Delete</Button>
      {Dialog && <Dialog opened={dialog.isOpened} onClose={dialog.close} />}
    </>
  );
}

describe('a lazily loaded dialog', () => {
  it('opens once its code has arrived, with the button busy meanwhile, and closes', async () => {
    const fetches = controlledImport(dialogModule);
    const { user } = renderWith(<DialogButton part={lazyPart(fetches.importPart)} />);
    const button = screen.getByRole('button', { name: 'Delete' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toBeEnabled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // A second click while it loads does not fetch again.
    await user.click(button);
    expect(fetches.pending).toHaveLength(1);

    fetches.pending[0]?.resolve();
    expect(await screen.findByRole('dialog', { name: 'Delete notebook1?' })).toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-busy');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    // Focus goes back to the button (Mantine's focus return): e2e/mock/sessions-lazy.spec.ts, in a browser.
    // Opened again, it needs no fetch.
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Delete notebook1?' })).toBeInTheDocument();
    expect(fetches.pending).toHaveLength(1);
  });

  it('says so when its code cannot be fetched, in French too, and the next click tries again', async () => {
    const fetches = controlledImport(dialogModule);
    const { user } = renderWith(<DialogButton part={lazyPart(fetches.importPart)} />, 'fr');
    const button = screen.getByRole('button', { name: 'Delete' });
    await user.click(button);
    fetches.pending[0]?.reject();
    expect(
      await screen.findByText(
        'Cette fenêtre n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
      ),
    ).toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-busy');

    await user.click(button);
    expect(fetches.pending).toHaveLength(2);
    fetches.pending[1]?.resolve();
    expect(await screen.findByRole('dialog', { name: 'Delete notebook1?' })).toBeInTheDocument();
  });
});

describe('a lazily loaded part of the page', () => {
  const tableModule = { Jobs: () => <p>3 headless jobs</p> };

  it('shows its placeholder, then itself', async () => {
    const fetches = controlledImport(tableModule);
    renderWith(
      <LazyMount part={lazyPart(fetches.importPart)} fallback={<p>Loading the jobs…</p>}>
        {({ Jobs }) => <Jobs />}
      </LazyMount>,
    );
    expect(screen.getByText('Loading the jobs…')).toBeInTheDocument();
    await waitFor(() => {
      expect(fetches.pending).toHaveLength(1);
    });
    fetches.pending[0]?.resolve();
    expect(await screen.findByText('3 headless jobs')).toBeInTheDocument();
    expect(screen.queryByText('Loading the jobs…')).not.toBeInTheDocument();
  });

  it('offers a retry when its code cannot be fetched', async () => {
    const fetches = controlledImport(tableModule);
    const { user } = renderWith(
      <LazyMount part={lazyPart(fetches.importPart)} fallback={<p>Loading the jobs…</p>}>
        {({ Jobs }) => <Jobs />}
      </LazyMount>,
    );
    await waitFor(() => {
      expect(fetches.pending).toHaveLength(1);
    });
    fetches.pending[0]?.reject();
    expect(
      await screen.findByText(
        'This part of the page could not be loaded. Check your connection and try again.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Loading the jobs…')).toBeInTheDocument();
    await waitFor(() => {
      expect(fetches.pending).toHaveLength(2);
    });
    fetches.pending[1]?.resolve();
    expect(await screen.findByText('3 headless jobs')).toBeInTheDocument();
  });
});
