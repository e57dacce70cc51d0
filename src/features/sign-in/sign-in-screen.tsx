import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTelescope } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth, useAuthState } from '@/auth/auth-context';
import { describeError } from '@/components/describe-error';
import { isFocusLost } from '@/lib/focus';
import { DemoAccounts } from './demo-accounts';
import { OidcButton } from './oidc-button';
import { PasswordForm } from './password-form';
import { AccountLinks, SiteSignInButton } from './site-sign-in';

/** Shown in place of any page while signed out, so signing in lands the user where they asked to go. */
export function SignInScreen() {
  const { t } = useTranslation();
  const auth = useAuth();
  const state = useAuthState();
  useDocumentTitle(`${t('auth.submit')} · ${t('app.name')}`);
  const error = state.status === 'signedOut' ? state.error : undefined;
  // After a sign-out the page the user was on is gone with the focus: the heading takes it, so a screen reader
  // says where they are (a field that took focus first keeps it)
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isFocusLost(document)) heading.current?.focus();
  }, []);

  return (
    <Center mih="70vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="md">
          <Group gap={6} c="dimmed">
            <IconTelescope size={20} aria-hidden />
            <Text fw={600} size="sm">
              {t('app.platform')}
            </Text>
          </Group>
          <Title order={1} size="h2" ref={heading} tabIndex={-1} className="mantine-focus-never">
            {t('auth.title')}
          </Title>
          {error !== undefined && (
            <Alert color="red" variant="light" role="alert" title={t('auth.restoreFailed')}>
              {describeError(error, t)}
            </Alert>
          )}
          {auth.mode === 'cadc' && (
            <>
              <Text c="dimmed">{t('auth.intro')}</Text>
              <PasswordForm onSubmit={auth.signIn} />
              <SiteSignInButton auth={auth} />
              <AccountLinks />
            </>
          )}
          {auth.mode === 'mock' && (
            <>
              <Text c="dimmed">{t('auth.mockIntro')}</Text>
              <DemoAccounts auth={auth} />
            </>
          )}
          {auth.mode === 'oidc' && (
            <>
              <Text c="dimmed">{t('auth.oidcIntro')}</Text>
              <OidcButton auth={auth} label={t('auth.oidcSubmit')} />
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
