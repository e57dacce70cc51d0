import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconFileUnknown, IconFolderQuestion, IconHome, IconLock, IconRocket } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '@/api/api-context';
import { homePath } from '@/api/storage/allocation-queries';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { deniedFolder, isNodeNotFound, nearestFolderQueryOptions } from '@/api/storage/node-exists';
import { parentOf } from '@/api/storage/vos-uri';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
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
 * What the portal knew of a path cavern now says is not there: its own last answer for it (a file opened by its
 * address, deleted since), or the listing above that showed it. A 404 alone tells no file from a folder.
 */
function useKnownKind(path: string) {
  const client = useQueryClient();
  const api = useApi();
  const authority = useConfig().storage.vosAuthority;
  const own = client.getQueryData(listingQueryOptions(api, authority, path).queryKey);
  if (own) return own.node.kind;
  const above = client.getQueryData(listingQueryOptions(api, authority, parentOf(path)).queryKey);
  return above?.entries.find((entry) => entry.path === path)?.kind;
}

/**
 * cavern's NodeNotFound for a path other than the user's home (a stale link or bookmark): trying again will
 * not bring it back, so the way out is the nearest folder above that is there, or the home folder. It is said as
 * a file or a folder only where the portal knew which.
 */
function MissingFolder({ path, home }: { path: string; home: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const kind = useKnownKind(path);
  const nearest = useQuery(nearestFolderQueryOptions(api, path));
  const target = nearest.isPending ? undefined : (nearest.data ?? home);
  return (
    <Alert
      color="gray"
      variant="light"
      role="alert"
      icon={kind === 'data' ? <IconFileUnknown aria-hidden /> : <IconFolderQuestion aria-hidden />}
      title={
        kind === 'data'
          ? t('storage.missing.fileTitle')
          : kind === 'container'
            ? t('storage.missing.title')
            : t('storage.missing.unknownTitle')
      }
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
