import { Button, List, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameOf } from '@/api/storage/vos-uri';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { revealBidiControls } from '@/lib/names';

interface OverwriteDialogProps {
  folder: string;
  /** The destinations that hold a file already. */
  conflicts: readonly { path: string }[];
  onReplace: () => void;
  onSkip: () => void;
  onCancel: () => void;
}

/** Names the files an upload would replace before it does. */
export function OverwriteDialog({ folder, conflicts, onReplace, onSkip, onCancel }: OverwriteDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('storage.upload.overwriteTitle')}
      cancelLabel={t('storage.actions.cancel')}
      confirmLabel={t('storage.upload.overwriteConfirm')}
      onConfirm={onReplace}
      onClose={onCancel}
      isDestructive
      otherAction={
        <Button variant="default" onClick={onSkip}>
          {t('storage.upload.skipExisting')}
        </Button>
      }
    >
      <Text>
        {t('storage.upload.overwriteBody', { count: conflicts.length, folder: nameOf(folder) || folder })}
      </Text>
      <ScrollArea.Autosize mah={200} type="auto" viewportProps={{ tabIndex: 0 }}>
        <List size="sm">
          {conflicts.map((item) => (
            <List.Item key={item.path}>
              <bdi>{revealBidiControls(item.path)}</bdi>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </ConfirmDialog>
  );
}
