import { Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/http/api-error';
import { useAuth, useAuthState } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { isFocusLost } from '@/lib/focus';
import { DemoAccounts } from './demo-accounts';
import { OidcButton } from './oidc-button';
import { PasswordForm } from './password-form';
import { SiteSignInButton } from './site-sign-in';

/**
 * Opens over the page when a call comes back 401. The page underneath stays mounted, so whatever the
 * user typed is still there once they have signed in again. In OIDC mode it first renews silently; when
 * that is not possible (or was just tried, oidc-auth.ts), it says which service refused and what it said.
 */
export function ReauthModal() {
  const { t } = useTranslation();
  const auth = useAuth();
  const state = useAuthState();
  const isExpired = state.status === 'expired';
  const cause = isExpired ? state.cause : undefined;
  // The refusal whose silent renewal failed: a later expiry shows nothing until its own renewal fails too.
  const [refusedCause, setRefusedCause] = useState<unknown>();
  // What had the keyboard when the dialog opened (Launch, say) has it back once the user has signed in again:
  // the gate removes the dialog rather than closing it (auth-gate.tsx), so Mantine's own return never runs.
  // Read while rendering, before the dialog's focus trap moves the keyboard into it.
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected && isFocusLost(document)) opener.focus();
    },
    [opener],
  );

  useEffect(() => {
    if (!isExpired || auth.mode !== 'oidc') return;
    let isCurrent = true;
    void auth.renewSilently().then((isRenewed) => {
      if (!isRenewed && isCurrent) setRefusedCause(cause);
    });
    return () => {
      isCurrent = false;
    };
  }, [isExpired, cause, auth]);

  if (state.status !== 'expired') return null;
  const refusal = cause !== undefined && refusedCause === cause && isApiError(cause) ? cause : undefined;
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('auth.expiredTitle')}
      centered
    >
      <Stack gap="md">
        <Text>{t('auth.expiredBody')}</Text>
        {refusal && (
          <ErrorAlert
            error={refusal}
            title={t('auth.refusedBy', { service: t(`errors.service.${refusal.service}`) })}
          />
        )}
        {auth.mode === 'cadc' && (
          <>
            <PasswordForm onSubmit={auth.signIn} initialUsername={state.user.username} />
            {/* Leaves the page, as an OIDC sign-in does: what the page keeps in its address comes back. */}
            <SiteSignInButton auth={auth} />
          </>
        )}
        {auth.mode === 'mock' && <DemoAccounts auth={auth} only={state.user.username} />}
        {auth.mode === 'oidc' && <OidcButton auth={auth} label={t('auth.expiredRedirect')} />}
      </Stack>
    </Modal>
  );
}
