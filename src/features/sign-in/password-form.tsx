import { Alert, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/http/api-error';
import { ErrorAlert } from '@/components/error-alert';
import { BusyButton } from '@/components/busy-button';

interface PasswordFormProps {
  onSubmit: (username: string, password: string) => Promise<void>;
  initialUsername?: string;
}

/** CADC credentials, posted to ac/login. The password never leaves this component's state. */
export function PasswordForm({ onSubmit, initialUsername = '' }: PasswordFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit() {
    setTouched(true);
    if (!username.trim() || !password) return;
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit(username.trim(), password);
    } catch (caught: unknown) {
      setError(caught);
      // A refused password is retyped; after a service failure the same credentials are simply sent again.
      if (isRefused(caught)) setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit();
  }

  const usernameError = touched && !username.trim() ? t('auth.usernameRequired') : null;
  const passwordError = touched && !password ? t('auth.passwordRequired') : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        {error !== null &&
          (isRefused(error) ? (
            <Alert color="red" variant="light" role="alert">
              {t('auth.failed')}
            </Alert>
          ) : (
            <ErrorAlert error={error} onRetry={() => void submit()} />
          ))}
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          value={username}
          onChange={(event) => {
            setUsername(event.currentTarget.value);
          }}
          error={usernameError}
          required
          data-autofocus
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
          error={passwordError}
          required
        />
        <BusyButton type="submit" busy={isSubmitting}>
          {t('auth.submit')}
        </BusyButton>
      </Stack>
    </form>
  );
}

const isRefused = (error: unknown) => isApiError(error) && error.status === 401;
