import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconFolderQuestion, IconHome, IconLock, IconRocket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '@/api/api-context';
import { homePath } from '@/api/storage/allocation-queries';
import { deniedFolder, isNodeNotFound, nearestFolderQueryOptions } from '@/api/storage/node-exists';
import { parentOf } from '@/api/storage/vos-uri';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';

/**
 * A folder that could not be listed. The user's own home that cavern does not know is not a failure: skaha
 * creates it at their first launch (platform-api §10.2), so say so and offer that launch.
 */
export function ListingError({
  path,
  error,
  onRetry,
}: {
  path: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const denied = deniedFolder(error);
  if (denied !== undefined)
    return <NoAccessOnTheWay path={path} denied={denied} home={homePath(user.username)} />;
  if (!isNodeNotFound(error)) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (path !== homePath(user.username)) return <MissingFolder path={path} home={homePath(user.username)} />;
  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      icon={<IconHome aria-hidden />}
      title={t('storage.newHome.title')}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('storage.newHome.explanation')}</Text>
        <Button
          component={Link}
          to={paths.launch()}
          size="xs"
          leftSection={<IconRocket size={14} aria-hidden />}
        >
          {t('storage.newHome.launch')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * cavern's NodeNotFound for a folder other than the user's home (a stale link or bookmark): trying again will
 * not bring it back, so the way out is the nearest folder above that is there, or the home folder.
 */
function MissingFolder({ path, home }: { path: string; home: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const nearest = useQuery(nearestFolderQueryOptions(api, path));
  const target = nearest.isPending ? undefined : (nearest.data ?? home);
  return (
    <Alert
      color="gray"
      variant="light"
      role="alert"
      icon={<IconFolderQuestion aria-hidden />}
      title={t('storage.missing.title')}
    >
      {target !== undefined && (
        <Anchor component={Link} to={paths.storage(target)} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {target === home
            ? t('storage.missing.openHome')
            : t('storage.missing.openParent', { path: nameInSentence(target) })}
        </Anchor>
      )}
    </Alert>
  );
}

/**
 * A link below a folder the user may not read (a shared address, a bookmark from before a group change): said
 * as the folder they may not open, with the way out above it, not as a failure to try again.
 */
function NoAccessOnTheWay({ path, denied, home }: { path: string; denied: string; home: string }) {
  const { t } = useTranslation();
  const above = parentOf(denied);
  const target = above === '' || above === '/' ? home : above;
  return (
    <NoAccessAlert>
      <Stack gap="xs" align="flex-start">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {denied === path
            ? t('storage.noAccess.folder')
            : t('storage.noAccess.above', { path: nameInSentence(denied) })}
        </Text>
        <Anchor component={Link} to={paths.storage(target)} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {target === home
            ? t('storage.missing.openHome')
            : t('storage.missing.openParent', { path: nameInSentence(target) })}
        </Anchor>
      </Stack>
    </NoAccessAlert>
  );
}

/** A folder the user may not read, said as what it is: no failure, nothing to try again. */
export function NoAccessAlert({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="gray"
      variant="light"
      role="status"
      icon={<IconLock aria-hidden />}
      title={t('storage.noAccess.title')}
    >
      {children}
    </Alert>
  );
}
