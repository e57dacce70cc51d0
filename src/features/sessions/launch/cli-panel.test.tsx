import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComponent } from '@/test/render-component';
import { CliPanel } from './cli-panel';

const COMMAND = 'canfar create --name nb1 notebook images.canfar.net/skaha/astroml-notebook:26.03';

describe('the CLI line of the launch form', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('copies the line and says so', async () => {
    const { user } = renderComponent(<CliPanel command={COMMAND} />);
    await user.click(screen.getByRole('button', { name: 'Copy as CLI' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(COMMAND);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the browser refuses the clipboard, the line still there to select, in French too', async () => {
    const { user } = renderComponent(<CliPanel command={COMMAND} />, 'fr');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copier en ligne de commande' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Le navigateur n’a pas permis la copie\s: sélectionnez la ligne ci-dessous/,
    );
    expect(screen.getByText(COMMAND)).toBeInTheDocument();
  });

  it('offers no line to copy before an image is chosen, and says why', () => {
    renderComponent(<CliPanel command={undefined} />);
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toBeDisabled();
    expect(screen.getByText('Choose an image to see the command.')).toBeInTheDocument();
    expect(screen.queryByText(/canfar create/)).not.toBeInTheDocument();
  });
});
