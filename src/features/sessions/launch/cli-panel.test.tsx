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
    // the button's word changes for a second only: a screen reader hears it from a status
    expect(screen.getByRole('status')).toHaveTextContent('The command line is copied.');
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

  it('shows a direction override as what it is, and refuses to copy a line that would read otherwise than copied', () => {
    const command = "canfar create --name nb1 notebook 'images.canfar.net/skaha/abc\u202Eexe.fdp:1.0'";
    renderComponent(<CliPanel command={command} />);
    expect(
      screen.getByText("canfar create --name nb1 notebook 'images.canfar.net/skaha/abc<U+202E>exe.fdp:1.0'"),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u202E');
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toHaveAccessibleDescription(
      /^This line holds invisible characters/,
    );
  });

  it('says so in French', () => {
    renderComponent(<CliPanel command={'canfar create --name nb1 notebook x\u202Ey'} />, 'fr');
    expect(screen.getByRole('button', { name: 'Copier en ligne de commande' })).toBeDisabled();
    expect(screen.getByText(/^Cette ligne contient des caractères invisibles/)).toBeInTheDocument();
  });

  it('offers no line to copy before an image is chosen, and says why', () => {
    renderComponent(<CliPanel command={undefined} />);
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toHaveAccessibleDescription(
      'Choose an image to see the command.',
    );
    expect(screen.queryByText(/canfar create/)).not.toBeInTheDocument();
  });
});
