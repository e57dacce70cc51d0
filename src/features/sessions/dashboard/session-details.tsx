import { Button } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPart, useLazyDialog } from '@/components/lazy-part';

const detailsDialog = lazyPart(() => import('./session-details-dialog'));

/** Opens the session's events and logs; the status words what is missing when the session has no pod. */
export function SessionDetailsButton({
  id,
  name,
  status,
  type,
}: {
  id: string;
  name: string;
  status: string;
  /** A desktop's events and logs depend on its apps (./use-attached-apps). */
  type: string;
}) {
  const { t } = useTranslation();
  const dialog = useLazyDialog(detailsDialog);
  const Dialog = dialog.module?.SessionDetailsDialog;
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconListDetails size={14} aria-hidden />}
        aria-label={`${t('sessions.details.open')} ${name}`}
        {...dialog.trigger}
      >
        {t('sessions.details.open')}
      </Button>
      {Dialog && (
        <Dialog
          id={id}
          name={name}
          status={status}
          type={type}
          opened={dialog.isOpened}
          onClose={dialog.close}
        />
      )}
    </>
  );
}
