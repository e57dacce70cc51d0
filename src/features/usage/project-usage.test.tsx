import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe("a project's usage, from a link anyone can write", () => {
  it('names the project of the address isolated, its override shown, in the refusal, the heading and the picker', async () => {
    await renderApp({ route: '/usage/projects/abc%E2%80%AEexe.fdp?window=day', signedInAs: 'jdoe' });
    expect(
      await screen.findByText(
        /^The usage service does not show \u2068abc<U\+202E>exe\.fdp\u2069 to you:/,
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Your own sessions in project \u2068abc<U+202E>exe.fdp\u2069' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('abc<U+202E>exe.fdp');
    expect(document.body.textContent).not.toContain('\u202E');
  });
});
