import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The link the address went through to reach `target`, when it went through one. */
export function FollowedLinkNote({ followed, target }: { followed: readonly string[]; target: string }) {
  const { t } = useTranslation();
  if (followed.length === 0) return null;
  return (
    // a plain note, not an interruption (Mantine's Alert is role="alert" unless told)
    <Alert variant="light" color="gray" role="note">
      {t('storage.followedLink', { link: followed[0] ?? '', target })}
    </Alert>
  );
}
