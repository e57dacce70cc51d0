import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';

describe('the image preview', () => {
  it('shows an image whose address is still alive after StrictMode remounts it, as under npm start', async () => {
    const revoked = new Set<string>();
    let made = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:preview-${String(++made)}`);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
      revoked.add(url);
    });
    const { user } = await renderApp({ route: '/storage/home/jdoe', strictMode: true });
    const grid = await screen.findByRole('grid', { name: /^Contents of/ }, { timeout: 8000 });
    const row = within(grid).getByRole('row', { name: /thumbnail\.png/ });
    await user.dblClick(row);
    const dialog = await screen.findByRole('dialog');
    const picture = await within(dialog).findByRole('img', { name: 'Image thumbnail.png' });
    const src = picture.getAttribute('src');
    expect(src).toMatch(/^blob:preview-/);
    expect(revoked.has(src ?? '')).toBe(false);
    await user.keyboard('{Escape}');
    expect(revoked.has(src ?? '')).toBe(true);
  });
});
