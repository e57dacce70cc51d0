import { screen, within } from '@testing-library/react';
import { renderComponent } from '@/test/render-component';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http/api-error';
import { ErrorAlert } from './error-alert';

const refused = new ApiError({ service: 'skaha', kind: 'http', status: 400, message: 'quota exceeded' });

describe('ErrorAlert', () => {
  it('names the service and says its words, with a retry', async () => {
    const onRetry = vi.fn();
    const { user } = renderComponent(<ErrorAlert error={refused} onRetry={onRetry} />);
    const alert = screen.getByRole('alert', { name: 'Sessions service: something went wrong' });
    expect(alert).toHaveTextContent('Sessions service answered 400: quota exceeded');
    expect(within(alert).queryByText('Details from the service')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("puts an explanation first and keeps the service's words under Details, closed until asked", async () => {
    const { user } = renderComponent(
      <ErrorAlert error={refused} title="Not launched" explanation="You are out of space." />,
    );
    const alert = screen.getByRole('alert', { name: 'Not launched' });
    expect(alert).toHaveTextContent(/^Not launchedYou are out of space\.Details from the service/);
    const details = within(alert).getByText('Details from the service');
    const words = within(alert).getByText('Sessions service answered 400: quota exceeded');
    expect(words).not.toBeVisible();
    await user.click(details);
    expect(words).toBeVisible();
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('says it in French', () => {
    renderComponent(<ErrorAlert error={refused} explanation="Plus de place." />, 'fr');
    const alert = screen.getByRole('alert', {
      name: 'Le service des sessions\u00a0: une erreur est survenue',
    });
    expect(within(alert).getByText('Détails fournis par le service')).toBeInTheDocument();
    expect(alert).toHaveTextContent(/Le service des sessions a répondu 400\s: quota exceeded/);
  });
});
