import { Anchor, Breadcrumbs, Button, Group, Loader, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconFolder, IconFolders, IconHome, IconLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { homePath } from '@/api/storage/allocation-queries';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { nameOf, pathFromVosUri, pathSegments } from '@/api/storage/vos-uri';
import { revealBidiControls } from '@/lib/names';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { isFocusLost } from '@/lib/focus';

/** A folder of 100,000 files may hold many folders too: past this, a typed path reaches the rest. */
const MAX_FOLDERS = 300;

interface FolderPickerProps {
  /** The folder shown, which is the one chosen. */
  path: string;
  onChange: (path: string) => void;
  /** The folders being moved: they, and the folders cavern would refuse to take them, cannot be chosen or entered. */
  excluded: ReadonlySet<string>;
}

/**
 * Whether cavern refuses `destination` for these folders: it refuses to move a folder to any folder whose path
 * contains the folder's own as text (InternalTransferAction: `destPath.contains(srcPath)`), so `/home/a/data2`
 * and `/projects/x/home/a/data` as well as `/home/a/data/raw` for `/home/a/data`.
 */
export const refusesDestination = (destination: string, folders: ReadonlySet<string>) =>
  [...folders].some((folder) => destination.includes(folder));

/** Browses the storage's folders from its roots: breadcrumbs up, a list of the folders inside to go down. */
export function FolderPicker({ path, onChange, excluded }: FolderPickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const user = useCurrentUser();
  const authority = config.storage.vosAuthority;
  const listing = useQuery(listingQueryOptions(api, authority, path));
  const segments = pathSegments(path);
  const home = homePath(user.username);

  const folders = useMemo(() => {
    const found: { name: string; to: string; isLink: boolean }[] = [];
    for (const entry of listing.data?.entries ?? []) {
      // A folder the user may not read (cavern lists every project) is no destination: not offered.
      if (entry.readable === false) continue;
      if (entry.kind === 'container') found.push({ name: entry.name, to: entry.path, isLink: false });
      else if (entry.kind === 'link' && entry.target) {
        // A link is offered when it leads into this storage; whether to a folder shows once opened.
        const to = pathFromVosUri(entry.target, authority);
        if (to !== undefined) found.push({ name: entry.name, to, isLink: true });
      }
    }
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }, [listing.data, authority]);
  const shown = folders.slice(0, MAX_FOLDERS);
  const hasRefused = shown.some((folder) => refusesDestination(folder.to, excluded));
  const folderLabel = nameOf(path) || path;
  const shownRef = useRef<HTMLParagraphElement>(null);

  /**
   * Shows `to`, which becomes the destination. The pressed folder or breadcrumb leaves the page with the folder
   * it was in; the keyboard's place goes to the name of the folder now shown and chosen, so what has focus is
   * the destination and not a folder inside it.
   */
  function browse(to: string) {
    flushSync(() => {
      onChange(to);
    });
    if (isFocusLost(document)) shownRef.current?.focus();
  }

  return (
    <Paper withBorder p="xs" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} px={4}>
        {t('storage.move.picker')}
      </Text>
      <Stack gap="xs">
        <Group gap="xs">
          {config.storage.roots.includes('home') && (
            <Button
              size="compact-xs"
              variant={segments[0] === 'home' ? 'light' : 'default'}
              leftSection={<IconHome size={14} aria-hidden />}
              onClick={() => {
                browse(home);
              }}
            >
              {t('storage.roots.home')}
            </Button>
          )}
          {config.storage.roots.includes('projects') && (
            <Button
              size="compact-xs"
              variant={segments[0] === 'projects' ? 'light' : 'default'}
              leftSection={<IconFolders size={14} aria-hidden />}
              onClick={() => {
                browse('/projects');
              }}
            >
              {t('storage.roots.projects')}
            </Button>
          )}
        </Group>
        <nav aria-label={t('storage.move.pickerPath')}>
          <Breadcrumbs separatorMargin={4} style={{ flexWrap: 'wrap' }}>
            {segments.map((segment, index) => {
              const to = `/${segments.slice(0, index + 1).join('/')}`;
              // `/home` lists every home, which cavern does not let a user read: start at the user's own.
              if (to === '/home')
                return (
                  <Text key={to} size="sm">
                    {segment}
                  </Text>
                );
              return index === segments.length - 1 ? (
                <Text
                  key={to}
                  ref={shownRef}
                  tabIndex={-1}
                  size="sm"
                  fw={600}
                  aria-current="location"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {segment}
                </Text>
              ) : (
                <Anchor
                  key={to}
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => {
                    browse(to);
                  }}
                >
                  {segment}
                </Anchor>
              );
            })}
          </Breadcrumbs>
        </nav>
        {listing.isPending && (
          <Group gap="xs" aria-live="polite">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t('storage.move.loadingFolders')}</Text>
          </Group>
        )}
        {listing.isError && <ErrorAlert error={listing.error} onRetry={() => void listing.refetch()} />}
        {listing.isSuccess &&
          (shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('storage.move.noFolders', { folder: folderLabel })}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={220} type="auto">
              <Stack
                gap={2}
                component="ul"
                aria-label={t('storage.move.folders', { folder: folderLabel })}
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
              >
                {shown.map((folder) => {
                  const Icon = folder.isLink ? IconLink : IconFolder;
                  return (
                    <li key={folder.name}>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        justify="flex-start"
                        fullWidth
                        leftSection={<Icon size={16} aria-hidden />}
                        disabled={refusesDestination(folder.to, excluded)}
                        onClick={() => {
                          browse(folder.to);
                        }}
                        // A compact button is one line high; a long name wraps, so the entry grows with it
                        // instead of spilling over its neighbours.
                        styles={{
                          root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 4 },
                          label: {
                            overflowWrap: 'anywhere',
                            whiteSpace: 'normal',
                            height: 'auto',
                            lineHeight: 1.35,
                            textAlign: 'start',
                          },
                        }}
                      >
                        <bdi>{revealBidiControls(folder.name)}</bdi>
                      </Button>
                    </li>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          ))}
        {listing.isSuccess && hasRefused && (
          <Text size="xs" c="dimmed">
            {t('storage.move.refusedFolders')}
          </Text>
        )}
        {folders.length > MAX_FOLDERS && (
          <Text size="xs" c="dimmed">
            {t('storage.move.moreFolders', { count: MAX_FOLDERS })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
