import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { deleteSessionMutationOptions } from '@/api/skaha/session-mutations';
import type { Session } from '@/api/skaha/session-schemas';
import { ErrorAlert } from '@/components/error-alert';
import { BusyButton } from '@/components/busy-button';

export interface DeleteSessionDialogProps {
  session: Pick<Session, 'id' | 'name' | 'status'>;
  opened: boolean;
  onClose: () => void;
}

/** The confirmation naming the session; loaded when a Delete button is first used (./delete-session-button). */
export function DeleteSessionDialog({ session, opened, onClose }: DeleteSessionDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const remove = useMutation(deleteSessionMutationOptions(api));
  const cancelling = session.status === 'Pending';
  const label = cancelling ? t('sessions.tile.cancelLaunch') : t('sessions.tile.delete');
  // the dialog stays mounted between uses: a failure is about the try it was shown for, not the next one
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('app.close') }}
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
          <Button variant="default" onClick={close}>
            {t('sessions.tile.keep')}
          </Button>
          <BusyButton
            color="red"
            busy={remove.isPending}
            onClick={() => {
              remove.mutate(session.id, { onSuccess: onClose });
            }}
          >
            {label}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
