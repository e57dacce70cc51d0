import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { SpaceRefusalAlert } from './space-refusal-alert';
import { UploadClashAlert } from './upload-clash-alert';
import type { useStartUpload } from './use-start-upload';

type UploadOutcome = Pick<
  ReturnType<typeof useStartUpload>,
  'error' | 'clashes' | 'unaddressable' | 'refusedWhole' | 'shortfall' | 'dismissShortfall'
>;

interface FolderAlertsProps {
  upload: UploadOutcome;
  /** The last toolbar or grid action's failure. */
  actionError: unknown;
  /** Why the last drop was refused, while that is shown; it stays until closed, or until a drop is taken. */
  dropRefusal: string | undefined;
  onCloseDropRefusal: () => void;
}

/** What went wrong with the last upload, action or drop, above the panels. */
export function FolderAlerts({ upload, actionError, dropRefusal, onCloseDropRefusal }: FolderAlertsProps) {
  const { t } = useTranslation();
  return (
    <>
      {upload.error !== undefined && <ErrorAlert error={upload.error} />}
      <UploadClashAlert
        paths={upload.clashes}
        unaddressable={upload.unaddressable}
        othersSent={!upload.refusedWhole && upload.clashes.length === 0}
      />
      {upload.shortfall && <SpaceRefusalAlert refusal={upload.shortfall} onClose={upload.dismissShortfall} />}
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {dropRefusal !== undefined && (
        <Alert
          color="gray"
          variant="light"
          role="alert"
          icon={<IconLock aria-hidden />}
          withCloseButton
          closeButtonLabel={t('storage.actions.close')}
          onClose={onCloseDropRefusal}
        >
          {dropRefusal}
        </Alert>
      )}
    </>
  );
}
