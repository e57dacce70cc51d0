import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { CadcAuth } from '@/auth/auth-controller';
import { useConfig } from '@/config/config-context';

/**
 * The site's own sign-in page (canfar.net's `/access/login`), when configured: it sets the CADC_SSO cookie
 * and returns to this very address, where the portal then finds the user signed in.
 */
export function SiteSignInButton({ auth }: { auth: CadcAuth }) {
  const { t } = useTranslation();
  // Re-rendered when the address changes, so the site returns to the page now shown.
  useLocation();
  if (!auth.siteSignInUrl) return null;
  return (
    <Button component="a" href={auth.siteSignInUrl(window.location.href)} variant="default">
      {t('auth.siteSignIn')}
    </Button>
  );
}

/** The site's account pages, where configured: registering and resetting a forgotten password. */
export function AccountLinks() {
  const { t } = useTranslation();
  const links = useConfig().links;
  if (!links?.register && !links?.resetPassword) return null;
  return (
    <Group gap="md" justify="center">
      {links.register && (
        <Anchor href={links.register} size="sm">
          {t('auth.register')}
        </Anchor>
      )}
      {links.resetPassword && (
        <Anchor href={links.resetPassword} size="sm">
          {t('auth.resetPassword')}
        </Anchor>
      )}
    </Group>
  );
}
