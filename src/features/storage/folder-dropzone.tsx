import { Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { filesFromEvent, takeDroppedFolders } from './dropped-files';

interface FolderDropzoneProps {
  folderLabel: string;
  /** The files dropped, and the folders among them (empty ones included). */
  onDrop: (files: File[], folders: string[]) => void;
}

/** Files dragged anywhere over the page upload into the folder shown. */
export function FolderDropzone({ folderLabel, onDrop }: FolderDropzoneProps) {
  const { t } = useTranslation();
  return (
    <Dropzone.FullScreen
      onDrop={(files) => {
        onDrop(files, takeDroppedFolders());
      }}
      getFilesFromEvent={filesFromEvent}
      activateOnClick={false}
    >
      <Stack align="center" justify="center" mih={200} gap="xs">
        <IconUpload size={48} aria-hidden />
        <Text size="lg">{t('storage.dropzone.title', { folder: folderLabel })}</Text>
        <Text size="sm" c="dimmed">
          {t('storage.dropzone.hint')}
        </Text>
      </Stack>
    </Dropzone.FullScreen>
  );
}
