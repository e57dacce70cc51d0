import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';
import { fileInput } from '@/test/uploads';

const file = (name: string) => new File([name], name, { type: 'application/octet-stream' });

async function uploadWithSecondFailing() {
  failNext('storage', { status: 500, method: 'PUT', skip: 1 });
  const rendered = await renderApp({ route: '/storage/home/jdoe' });
  await grid();
  await rendered.user.upload(fileInput(), [file('f1.bin'), file('f2.bin'), file('f3.bin')]);
  const uploads = await screen.findByRole('region', { name: 'Uploads' });
  await within(uploads).findByRole('button', { name: 'Retry upload of f2.bin' }, FIRST_LOAD);
  return { ...rendered, uploads };
}

describe('retrying an upload from the keyboard', () => {
  it('keeps focus on the file’s row when its retry button goes', async () => {
    const { user, uploads } = await uploadWithSecondFailing();
    within(uploads).getByRole('button', { name: 'Retry upload of f2.bin' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(
        within(uploads).queryByRole('button', { name: 'Retry upload of f2.bin' }),
      ).not.toBeInTheDocument();
    }, FIRST_LOAD);
    const focused = document.activeElement;
    expect(focused?.tagName).toBe('LI');
    expect(focused).toHaveTextContent('f2.bin');
  });

  it('moves focus to the panel’s heading when “Retry the failed upload” goes', async () => {
    const { user, uploads } = await uploadWithSecondFailing();
    within(uploads).getByRole('button', { name: 'Retry the failed upload' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(
        within(uploads).queryByRole('button', { name: 'Retry the failed upload' }),
      ).not.toBeInTheDocument();
    }, FIRST_LOAD);
    expect(document.activeElement).toHaveTextContent(/^Uploads$/);
  });
});
