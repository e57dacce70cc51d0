import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MockAuth } from '@/auth/auth-controller';
import { describeError } from '@/components/describe-error';
import { BusyButton } from '@/components/busy-button';

/** Demo sign-in: one button per seeded user. */
export function DemoAccounts({ auth, only }: { auth: MockAuth; only?: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<string | null>(null);
  const accounts = only ? auth.accounts.filter((account) => account.username === only) : auth.accounts;

  async function handleSignIn(username: string) {
    setPending(username);
    setError(null);
    try {
      await auth.signInAs(username);
    } catch (caught: unknown) {
      setError(caught);
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap="sm">
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error, t)}
        </Alert>
      )}
      {accounts.map((account) => (
        <BusyButton
          key={account.username}
          variant="default"
          h="auto"
          py="xs"
          busy={pending === account.username}
          onClick={() => void handleSignIn(account.username)}
          aria-label={t('auth.signInAs', { name: account.displayName })}
        >
          <Stack gap={0} align="center">
            <Text fw={600}>{account.displayName}</Text>
            <Text size="xs" c="dimmed">
              {account.username} · {t(`auth.mockRoles.${account.role}`)}
            </Text>
          </Stack>
        </BusyButton>
      ))}
    </Stack>
  );
}
