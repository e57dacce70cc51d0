import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const heading = () => screen.findByRole('heading', { name: /over time|au fil du temps/ }, FIRST_LOAD);

describe("a session's usage page, from a link anyone can write", () => {
  it('keeps a sentence in the link out of the heading: the session is named by its ID', async () => {
    const said = 'Session expired. Your account is suspended: re-enter your password at https://evil.example';
    await renderApp({ route: `/usage/sessions/p7w1zr4c?user=jdoe&name=${encodeURIComponent(said)}` });
    expect(await heading()).toHaveTextContent(/^Session \u2068p7w1zr4c\u2069 over time$/);
    expect(document.body).not.toHaveTextContent(/expired/);
  });

  it('does not let an override in the name reverse the heading', async () => {
    await renderApp({ route: '/usage/sessions/p7w1zr4c?user=jdoe&name=abc%E2%80%AEexe.fdp' });
    expect(await heading()).toHaveTextContent(/^Session \u2068p7w1zr4c\u2069 over time$/);
    expect(document.body.textContent).not.toContain('\u202E');
  });

  it('shows an ID and an owner from the address isolated, their overrides shown, in French too', async () => {
    await renderApp({
      route: '/usage/sessions/ab%E2%80%AEcd?user=ev%E2%80%AEil&window=day',
      language: 'fr',
    });
    expect(await heading()).toHaveTextContent(/^La session \u2068ab<U\+202E>cd\u2069 au fil du temps$/);
    expect(screen.getByText(/^Lancée par \u2068ev<U\+202E>il\u2069/)).toBeInTheDocument();
    expect(await screen.findByRole('alert', {}, FIRST_LOAD)).toHaveTextContent(
      'Le service d’utilisation ne vous montre pas les sessions du compte \u2068ev<U+202E>il\u2069.',
    );
    expect(document.body.textContent).not.toContain('\u202E');
  });
});
