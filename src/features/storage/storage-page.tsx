import '@mantine/dropzone/styles.css';
import { Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { IconFolders, IconHome } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { homePath } from '@/api/storage/allocation-queries';
import { normalizePath, pathSegments } from '@/api/storage/vos-uri';
import { useCurrentUser } from '@/auth/auth-context';
import { PageHeader } from '@/components/page-header';
import { useConfig } from '@/config/config-context';
import { paths } from '@/lib/paths';
import { revealBidiControls } from '@/lib/names';
import { AddressView } from './address-view';
import { QuotaBar } from './quota-bar';
import classes from './storage.module.css';

/** `/storage/<path>`: the file manager for the user's home and projects. */
export function StoragePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { roots } = useConfig().storage;
  const splat = useParams()['*'] ?? '';
  const { search } = useLocation();
  const home = homePath(user.username);
  const pageRef = useRef<HTMLDivElement>(null);
  const hadFocusRef = useRef(false);
  // the folder shown before this one: going up from it, the folder view marks the way it came
  const [shown, setShown] = useState<{ path?: string; cameFrom?: string }>({});
  let path: string | undefined;
  try {
    path = normalizePath(splat);
  } catch {
    path = undefined;
  }
  if (path === undefined || path === '/' || path === '/home') {
    return <Navigate to={paths.storage(roots.includes('home') ? home : '/projects')} replace />;
  }
  if (shown.path !== path) setShown({ path, cameFrom: shown.path });
  const segments = pathSegments(path);
  const allocation = segments.length >= 2 ? `/${segments.slice(0, 2).join('/')}` : undefined;

  return (
    <Stack gap="md" ref={pageRef}>
      <PageHeader title={t('storage.title')} description={t('storage.description')} />
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Group gap="xs" role="navigation" aria-label={t('storage.roots.label')}>
          {roots.includes('home') && (
            <Button
              component={Link}
              to={paths.storage(home)}
              size="xs"
              variant={segments[0] === 'home' ? 'filled' : 'default'}
              leftSection={<IconHome size={16} aria-hidden />}
              aria-current={path === home ? 'page' : undefined}
            >
              {t('storage.roots.home')}
            </Button>
          )}
          {roots.includes('projects') && (
            <Button
              component={Link}
              to={paths.storage('/projects')}
              size="xs"
              variant={segments[0] === 'projects' ? 'filled' : 'default'}
              leftSection={<IconFolders size={16} aria-hidden />}
              aria-current={path === '/projects' ? 'page' : undefined}
            >
              {t('storage.roots.projects')}
            </Button>
          )}
        </Group>
        {allocation && <QuotaBar path={allocation} />}
      </Group>
      <nav aria-label={t('storage.breadcrumbs')}>
        <Breadcrumbs separatorMargin={4} className={classes.breadcrumbs}>
          {segments.map((segment, index) => {
            const to = `/${segments.slice(0, index + 1).join('/')}`;
            const name = revealBidiControls(segment);
            // Mantine keeps a crumb on one line: a long name is cut with an ellipsis, whole in its title.
            return index === segments.length - 1 ? (
              <Text key={to} size="sm" fw={600} aria-current="page" className={classes.crumb} title={name}>
                <bdi>{name}</bdi>
              </Text>
            ) : (
              <Anchor
                key={to}
                component={Link}
                to={paths.storage(to) + search}
                size="sm"
                className={classes.crumb}
                title={name}
              >
                <bdi>{name}</bdi>
              </Anchor>
            );
          })}
        </Breadcrumbs>
      </nav>
      <AddressView
        key={path}
        path={path}
        cameFrom={shown.path === path ? shown.cameFrom : undefined}
        pageRef={pageRef}
        hadFocusRef={hadFocusRef}
      />
    </Stack>
  );
}
