import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

describe('the page-wide drop zone', () => {
  it('is no tab stop: every place Tab reaches on the storage page is one the user can see', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    const zoneText = screen.getByText(/^Drop files or folders to upload them into/);
    const reached: Element[] = [];
    for (let press = 0; press < 150; press += 1) {
      await user.tab();
      const focused = document.activeElement;
      if (!focused || focused === document.body || reached.includes(focused)) break;
      reached.push(focused);
    }
    expect(reached.length).toBeGreaterThan(5);
    for (const focused of reached) {
      expect(focused.contains(zoneText)).toBe(false);
      expect(focused).toBeVisible();
    }
  });

  it('is hidden from screen readers until files are dragged over the page', async () => {
    await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    const zoneText = screen.getByText(/^Drop files or folders to upload them into/);
    expect(zoneText.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.dragEnter(document, { dataTransfer: { types: ['Files'] } });
    await waitFor(() => {
      expect(zoneText.closest('[aria-hidden="true"]')).toBeNull();
    });
    fireEvent.dragLeave(document);
    await waitFor(() => {
      expect(zoneText.closest('[aria-hidden="true"]')).not.toBeNull();
    });
  });
});
