import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context';
import { deleteSessionMutationOptions } from '../../../api/skaha/session-mutations';
import type { Session } from '../../../api/skaha/session-schemas';
import { ErrorAlert } from '../../../components/error-alert';

/** Delete (or, while Pending, cancel the launch) after a confirmation naming the session. */
export function DeleteSessionButton({ session }: { session: Pick<Session, 'id' | 'name' | 'status'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [opened, setOpened] = useState(false);
  const remove = useMutation(deleteSessionMutationOptions(api));
  const cancelling = session.status === 'Pending';
  const label = cancelling ? t('sessions.tile.cancelLaunch') : t('sessions.tile.delete');
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        leftSection={<IconTrash size={14} aria-hidden />}
        aria-label={`${label} ${session.name}`}
        onClick={() => {
          setOpened(true);
        }}
      >
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={() => {
          setOpened(false);
        }}
        title={
          cancelling
            ? t('sessions.tile.cancelTitle', { name: session.name })
            : t('sessions.tile.deleteTitle', { name: session.name })
        }
      >
        <Stack gap="md">
          <Text size="sm">{cancelling ? t('sessions.tile.cancelBody') : t('sessions.tile.deleteBody')}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                setOpened(false);
              }}
            >
              {t('sessions.tile.keep')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                remove.mutate(session.id, {
                  onSuccess: () => {
                    setOpened(false);
                  },
                });
              }}
            >
              {label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
