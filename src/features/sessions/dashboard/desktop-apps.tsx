import { ActionIcon, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import { intervalPerState } from '@/lib/slowing-poll';
import { imageListQueryOptions } from '@/api/skaha/platform-queries';
import type { SkahaImage } from '@/api/skaha/platform-schemas';
import {
  attachDesktopAppMutationOptions,
  removeDesktopAppMutationOptions,
} from '@/api/skaha/session-mutations';
import { desktopAppsQueryOptions } from '@/api/skaha/session-queries';
import { PathText } from '@/components/path-text';
import { ErrorAlert } from '@/components/error-alert';
import { newestFirst, parseImageRef, type ImageRef } from '../launch/image-ref';
import { SessionStatusBadge } from '../session-status-badge';
import { BusyButton } from '@/components/busy-button';

/** `repository:tag` (`ds9:8.6`): a tile is too narrow for the whole reference, whose registry every app shares. */
function appLabel(image: string) {
  const ref = parseImageRef(image);
  return ref.tag ? `${ref.repository}:${ref.tag}` : ref.repository;
}

/**
 * The apps offered, by Harbor project, each named by its label, newest version first as in the launch form's
 * image list, so the first of a search is the latest.
 */
function appOptions(images: readonly SkahaImage[]) {
  const groups = new Map<string, { value: string; label: string; ref: ImageRef }[]>();
  for (const image of images) {
    const ref = parseImageRef(image.id);
    const items = groups.get(ref.project) ?? [];
    items.push({ value: image.id, label: appLabel(image.id), ref });
    groups.set(ref.project, items);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, items]) => ({
      group,
      items: items.sort((a, b) => newestFirst(a.ref, b.ref)).map(({ value, label }) => ({ value, label })),
    }));
}

/** Apps (images of type desktop-app) attached to a running desktop: list, attach, remove. */
export function DesktopApps({ sessionId, name }: { sessionId: string; name: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const apps = useQuery({
    ...desktopAppsQueryOptions(api, sessionId),
    refetchInterval: (query) => intervalPerState(query, '', () => pollAfter(10_000, query)),
  });
  const images = useQuery(imageListQueryOptions(api, 'desktop-app'));
  const attach = useMutation(attachDesktopAppMutationOptions(api));
  const remove = useMutation(removeDesktopAppMutationOptions(api));
  const [image, setImage] = useState<string | null>(null);
  const error = apps.error ?? images.error ?? attach.error ?? remove.error;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('sessions.apps.title')}
      </Text>
      {apps.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sessions.apps.none')}
        </Text>
      )}
      {apps.data && apps.data.length > 0 && (
        <List spacing={4} listStyleType="none" p={0}>
          {apps.data.map((app) => {
            // the version too: an app attached from an older image says so
            const label = app.image ? appLabel(app.image) : app.name;
            return (
              <List.Item key={app.appid ?? app.name}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    <PathText text={label} />
                  </Text>
                  <SessionStatusBadge status={app.status} />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('sessions.apps.remove', { app: label, name })}
                    onClick={() => {
                      if (app.appid) remove.mutate({ sessionId, appId: app.appid });
                    }}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      <Select
        label={t('sessions.apps.image')}
        placeholder={t('sessions.apps.choose')}
        size="xs"
        data={appOptions(images.data ?? [])}
        value={image}
        onChange={setImage}
        searchable
        // as the launch form's image: Enter takes the first match
        selectFirstOptionOnChange
        comboboxProps={{ width: 'target', position: 'bottom-start' }}
      />
      <Group justify="flex-end">
        <BusyButton
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={image === null}
          busy={attach.isPending}
          onClick={() => {
            if (image)
              attach.mutate(
                { sessionId, image },
                {
                  onSuccess: () => {
                    setImage(null);
                  },
                },
              );
          }}
        >
          {t('sessions.apps.attach')}
        </BusyButton>
      </Group>
      {error && <ErrorAlert error={error} />}
    </Stack>
  );
}
