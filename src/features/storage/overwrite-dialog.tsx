import { Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameOf } from '@/api/storage/vos-uri';
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
    <Modal
      opened
      onClose={onCancel}
      title={t('storage.upload.overwriteTitle')}
      closeButtonProps={{ 'aria-label': t('storage.actions.close') }}
    >
      <Stack gap="sm">
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
        <Group justify="flex-end" wrap="wrap">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('storage.actions.cancel')}
          </Button>
          <Button variant="default" onClick={onSkip}>
            {t('storage.upload.skipExisting')}
          </Button>
          <Button color="red.9" onClick={onReplace}>
            {t('storage.upload.overwriteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
