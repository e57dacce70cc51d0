import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { labelSchema } from '@/api/harbor/artifact-schemas';
import { SessionTypeChips } from './session-type-chips';

describe('SessionTypeChips', () => {
  it('shows the bidirectional override in a free-text label, so a name cannot pose as a PDF', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MantineProvider env="test">
          <SessionTypeChips
            labels={[
              labelSchema.parse({
                id: 1,
                name: 'invoice\u202Efdp.exe',
                description: '',
                color: '',
                scope: 'g',
                project_id: 0,
                creation_time: '2026-01-05T10:00:00.000Z',
                update_time: '2026-01-05T10:00:00.000Z',
              }),
            ]}
          />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText('invoice<U+202E>fdp.exe')).toBeInTheDocument();
  });
});
