import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComponent } from '@/test/render-component';
import { CopyTextButton } from './copy-text-button';

const COMMAND = 'docker pull images.canfar.net/skaha/astroml-notebook:26.03';

describe('a copy button of the images area', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('copies its text and says so', async () => {
    const { user } = renderComponent(<CopyTextButton value={COMMAND} what="docker" />);
    await user.click(screen.getByRole('button', { name: 'Copy the docker pull command' }));
    // said in the live region, for those who do not see the tooltip
    expect(
      await screen.findByText('docker pull command copied to the clipboard', { selector: '[aria-live]' }),
    ).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(COMMAND);
  });

  it('says when the browser refuses the clipboard, in French too', async () => {
    const { user } = renderComponent(<CopyTextButton value={COMMAND} what="digest" />, 'fr');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copier l’empreinte' }));
    expect(
      await screen.findByText(/^Le navigateur n’a pas permis la copie\s: sélectionnez le texte sur la page/, {
        selector: '[aria-live]',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Empreinte copiée dans le presse-papiers')).not.toBeInTheDocument();
  });
});
