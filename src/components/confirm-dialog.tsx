import { Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '@/components/busy-button';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, and anything the user should see first (counts, names, an error). */
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** Red confirm, for what cannot be undone (deleting, replacing). */
  isDestructive?: boolean;
  isPending?: boolean;
  /** False while the dialog still gathers what the user must see before confirming. */
  canConfirm?: boolean;
  /** A third way out, between cancel and confirm (e.g. "Skip existing"). */
  otherAction?: ReactNode;
  /**
   * The dialog's stage (asking, running, done): each new one puts focus back on the way out, so an Enter
   * meant for the last button never confirms what the dialog now offers (delete the rest).
   */
  stage?: string;
}

/**
 * Asks before an action. Focus starts on Cancel, so Enter on an opened dialog never confirms by accident;
 * Escape and the close button cancel.
 */
export function ConfirmDialog({
  title,
  children,
  cancelLabel,
  confirmLabel,
  onConfirm,
  onClose,
  isDestructive = false,
  isPending = false,
  canConfirm = true,
  otherAction,
  stage,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const shownStage = useRef(stage);
  useEffect(() => {
    if (shownStage.current === stage) return;
    shownStage.current = stage;
    cancel.current?.focus();
  }, [stage]);
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack gap="sm">
        {children}
        <Group justify="flex-end" wrap="wrap">
          <Button ref={cancel} variant="default" onClick={onClose} data-autofocus>
            {cancelLabel}
          </Button>
          {otherAction}
          <BusyButton
            {...(isDestructive ? { color: 'red.9' } : {})}
            onClick={onConfirm}
            busy={isPending}
            disabled={!canConfirm}
          >
            {confirmLabel}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
