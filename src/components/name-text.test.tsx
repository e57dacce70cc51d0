import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NameText } from './name-text';

describe('NameText', () => {
  it('shows a bidirectional override as <U+202E>, in the text and the title, so the name cannot pose as a PDF', () => {
    render(
      <MantineProvider env="test">
        <NameText name={'invoice\u202Efdp.exe'} />
      </MantineProvider>,
    );
    const shown = screen.getByText('invoice<U+202E>fdp.exe');
    expect(shown.tagName).toBe('BDI');
    expect(shown.parentElement).toHaveAttribute('title', 'invoice<U+202E>fdp.exe');
  });
});
