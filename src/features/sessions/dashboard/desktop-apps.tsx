import { ActionIcon, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import { intervalPerState } from '@/lib/slowing-poll';
import { imageListQueryOptions } from '@/api/skaha/platform-queries';
import {
  attachDesktopAppMutationOptions,
  removeDesktopAppMutationOptions,
} from '@/api/skaha/session-mutations';
import { desktopAppsQueryOptions } from '@/api/skaha/session-queries';
import { PathText } from '@/components/path-text';
import { ErrorAlert } from '@/components/error-alert';
import { SessionStatusBadge } from '../session-status-badge';
import { BusyButton } from '@/components/busy-button';

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
          {apps.data.map((app) => (
            <List.Item key={app.appid ?? app.name}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">
                  <PathText text={app.name} />
                </Text>
                <SessionStatusBadge status={app.status} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('sessions.apps.remove', { app: app.name, name })}
                  onClick={() => {
                    if (app.appid) remove.mutate({ sessionId, appId: app.appid });
                  }}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={t('sessions.apps.image')}
          size="xs"
          data={(images.data ?? []).map((candidate) => candidate.id)}
          value={image}
          onChange={setImage}
          searchable
          renderOption={({ option }) => <PathText text={option.label} />}
          style={{ flex: 1, minWidth: 0 }}
        />
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
