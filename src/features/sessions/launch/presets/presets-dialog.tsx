import { Group, Modal, Stack } from '@mantine/core';
import type { ReactNode, SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from './save-error';
import type { PresetsState } from './use-presets';

interface PresetsDialogProps {
  title: string;
  presets: PresetsState;
  onClose: () => void;
  children: ReactNode;
  /** Makes the dialog one form (the save dialog); the manage dialog holds a form per rename instead. */
  onSubmit?: (event: SubmitEvent<HTMLFormElement>) => void;
  /** The buttons under the content, right-aligned. */
  actions?: ReactNode;
}

/** The frame of the dialogs that write the presets file: a failed write is shown above the actions, with Reload. */
export function PresetsDialog({ title, presets, onClose, children, onSubmit, actions }: PresetsDialogProps) {
  const { t } = useTranslation();
  const body = (
    <Stack gap="sm">
      {children}
      {presets.save.isError && (
        <SaveError
          error={presets.save.error}
          onReload={() => {
            presets.save.reset();
            presets.reload();
          }}
        />
      )}
      {actions && <Group justify="flex-end">{actions}</Group>}
    </Stack>
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('launch.presets.close') }}
    >
      {onSubmit ? (
        <form onSubmit={onSubmit} noValidate>
          {body}
        </form>
      ) : (
        body
      )}
    </Modal>
  );
}
