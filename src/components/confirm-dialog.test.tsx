import { screen, within } from '@testing-library/react';
import { renderComponent } from '@/test/render-component';
import { Button } from '@mantine/core';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

const actions = () => ({ onConfirm: vi.fn(), onClose: vi.fn() });

describe('ConfirmDialog', () => {
  it('opens on Cancel, so Enter cancels, and confirms only when asked', async () => {
    const { onConfirm, onClose } = actions();
    const { user } = renderComponent(
      <ConfirmDialog
        title="Delete notes.txt?"
        cancelLabel="Cancel"
        confirmLabel="Delete"
        onConfirm={onConfirm}
        onClose={onClose}
        isDestructive
      >
        It goes for good.
      </ConfirmDialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete notes.txt?' });
    expect(dialog).toHaveTextContent('It goes for good.');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledOnce();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('closes by Escape or its close button, named in the language shown', async () => {
    const { onConfirm, onClose } = actions();
    const { user } = renderComponent(
      <ConfirmDialog
        title="Remplacer deux fichiers"
        cancelLabel="Annuler"
        confirmLabel="Remplacer"
        onConfirm={onConfirm}
        onClose={onClose}
      >
        Deux fichiers.
      </ConfirmDialog>,
      'fr',
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remplacer deux fichiers' });
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('holds the confirm while it cannot be given, and offers a third way out between the two', async () => {
    const { onConfirm, onClose } = actions();
    const onSkip = vi.fn();
    const { user } = renderComponent(
      <ConfirmDialog
        title="Replace 2 files?"
        cancelLabel="Cancel"
        confirmLabel="Replace"
        onConfirm={onConfirm}
        onClose={onClose}
        canConfirm={false}
        otherAction={<Button onClick={onSkip}>Skip existing</Button>}
      >
        Two files.
      </ConfirmDialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Replace 2 files?' });
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['', 'Cancel', 'Skip existing', 'Replace']);
    expect(within(dialog).getByRole('button', { name: 'Replace' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Skip existing' }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
