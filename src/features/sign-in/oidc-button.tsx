import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { OidcAuth } from '@/auth/auth-controller';
import { BusyButton } from '@/components/busy-button';

/** Leaves for the identity provider and comes back to this very page. */
export function OidcButton({ auth, label }: { auth: OidcAuth; label: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [isLeaving, setLeaving] = useState(false);
  return (
    <BusyButton
      busy={isLeaving}
      aria-label={label}
      onClick={() => {
        setLeaving(true);
        auth.signIn(`${location.pathname}${location.search}${location.hash}`).catch(() => {
          setLeaving(false);
        });
      }}
    >
      {label || t('auth.oidcSubmit')}
    </BusyButton>
  );
}
