import { ActionIcon, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
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
import { useFocusKeptInList } from '@/lib/use-focus-kept-in-list';

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

/** A remove that failed, by the app it was for: several can fail, one after another or at once. */
interface RemoveFailure {
  appId: string;
  label: string;
  error: unknown;
}

/**
 * A read's failure, put away until the read next succeeds: a poll that keeps failing would otherwise bring it
 * back at every try.
 */
function useReadFailure(query: { error: unknown; dataUpdatedAt: number }) {
  const [dismissedAt, setDismissedAt] = useState<number>();
  return {
    error: query.error !== null && dismissedAt !== query.dataUpdatedAt ? query.error : null,
    dismiss: () => {
      setDismissedAt(query.dataUpdatedAt);
    },
  };
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
  const [removeFailures, setRemoveFailures] = useState<readonly RemoveFailure[]>([]);
  const appsFailure = useReadFailure(apps);
  const imagesFailure = useReadFailure(images);
  // Mantine types List's ref as either kind of list
  const list = useRef<HTMLUListElement & HTMLOListElement>(null);
  const select = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const alerts = useRef<HTMLDivElement>(null);
  // A removed app's row goes at a poll, its Remove with it: focus goes on to the next app's Remove, else the
  // previous one's, else to the field that attaches one
  useFocusKeptInList(list, select, apps.data);

  // an app no longer listed was removed after all (its answer lost on the way back), or by someone else
  const shownRemoveFailures = removeFailures.filter(
    (failure) => !apps.data || apps.data.some((app) => app.appid === failure.appId),
  );
  const alertKeys = [
    appsFailure.error !== null && 'apps',
    imagesFailure.error !== null && 'images',
    ...shownRemoveFailures.map((failure) => failure.appId),
    attach.isError && 'attach',
  ].filter(Boolean);
  // An alert goes when its read succeeds on Try again, or its app goes: focus stays among the alerts, else
  // goes to the field
  useFocusKeptInList(alerts, select, alertKeys.join(' '));

  const forgetRemoveFailure = (appId: string) => {
    setRemoveFailures((failures) => failures.filter((failure) => failure.appId !== appId));
  };
  const handleRemove = (appId: string, label: string) => {
    remove.mutateAsync({ sessionId, appId }).then(
      () => {
        forgetRemoveFailure(appId);
      },
      (error: unknown) => {
        setRemoveFailures((failures) => [
          ...failures.filter((failure) => failure.appId !== appId),
          { appId, label, error },
        ]);
      },
    );
  };
  const handleAttach = () => {
    if (image === null) return;
    attach.mutate(
      { sessionId, image },
      {
        onSuccess: () => {
          // The emptied field disables Attach, and a disabled button drops focus to the page: a keyboard user
          // who attached goes back to the field, ready for another app
          if (document.activeElement === attachButton.current) select.current?.focus();
          setImage(null);
        },
      },
    );
  };
  const attachedImage = attach.variables?.image;

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
        <List ref={list} spacing={4} listStyleType="none" p={0}>
          {apps.data.map((app) => {
            // the version too: an app attached from an older image says so
            const label = app.image ? appLabel(app.image) : app.name;
            const { appid } = app;
            return (
              <List.Item key={appid ?? app.name}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    <PathText text={label} />
                  </Text>
                  <SessionStatusBadge status={app.status} />
                  <ActionIcon
                    ref={(element) => {
                      if (!appid || !element) return undefined;
                      removeButtons.current.set(appid, element);
                      return () => {
                        removeButtons.current.delete(appid);
                      };
                    }}
                    variant="subtle"
                    color="red"
                    aria-label={t('sessions.apps.remove', { app: label, name })}
                    onClick={() => {
                      if (appid) handleRemove(appid, label);
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
        ref={select}
        label={t('sessions.apps.image')}
        placeholder={t('sessions.apps.choose')}
        size="xs"
        data={appOptions(images.data ?? [])}
        value={image}
        onChange={setImage}
        searchable
        // as the launch form's image: Enter takes the first match
        selectFirstOptionOnChange
        // and, as there, focus comes here (after an attach, when the last app goes): an open list would cover
        // the tile. A click, typing or Alt+↓ opens it.
        openOnFocus={false}
        comboboxProps={{ width: 'target', position: 'bottom-start' }}
      />
      <Group justify="flex-end">
        <BusyButton
          ref={attachButton}
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={image === null}
          busy={attach.isPending}
          onClick={handleAttach}
        >
          {t('sessions.apps.attach')}
        </BusyButton>
      </Group>
      {alertKeys.length > 0 && (
        <Stack ref={alerts} gap={6}>
          {appsFailure.error !== null && (
            <ErrorAlert
              error={appsFailure.error}
              title={t('sessions.apps.readFailed', { name })}
              onRetry={() => void apps.refetch()}
              onClose={() => {
                select.current?.focus();
                appsFailure.dismiss();
              }}
              closeLabel={t('sessions.apps.readDismiss', { name })}
            />
          )}
          {imagesFailure.error !== null && (
            <ErrorAlert
              error={imagesFailure.error}
              title={t('sessions.apps.imagesFailed')}
              onRetry={() => void images.refetch()}
              onClose={() => {
                select.current?.focus();
                imagesFailure.dismiss();
              }}
              closeLabel={t('sessions.apps.imagesDismiss')}
            />
          )}
          {shownRemoveFailures.map((failure) => (
            <ErrorAlert
              key={failure.appId}
              error={failure.error}
              title={t('sessions.apps.removeFailed', { app: failure.label, name })}
              // the close button goes with the alert: focus goes back to the Remove it tells of
              onClose={() => {
                (removeButtons.current.get(failure.appId) ?? select.current)?.focus();
                forgetRemoveFailure(failure.appId);
              }}
              closeLabel={t('sessions.apps.removeDismiss', { app: failure.label, name })}
            />
          ))}
          {attach.isError && (
            <ErrorAlert
              error={attach.error}
              title={t('sessions.apps.attachFailed', {
                app: attachedImage === undefined ? '' : appLabel(attachedImage),
                name,
              })}
              onClose={() => {
                // back to the Attach it tells of, unless the field was emptied since, which disables it
                (image === null ? select.current : attachButton.current)?.focus();
                attach.reset();
              }}
              closeLabel={t('sessions.apps.attachDismiss', { name })}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
