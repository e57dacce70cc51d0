import { Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromEvent, takeDroppedFolders } from './dropped-files';

interface FolderDropzoneProps {
  folderLabel: string;
  /** The files dropped, and the folders among them (empty ones included). */
  onDrop: (files: File[], folders: string[]) => void;
  /** Why nothing may be uploaded here now, said over the page while dragging; undefined where uploads go. */
  refusal: string | undefined;
  /** A drop where `refusal` holds: nothing was read, nothing is sent. */
  onRefused: () => void;
}

const noFiles = () => Promise.resolve([]);

/**
 * Whether files are being dragged over the page. Mantine's zone only fades out while none are, and what it holds
 * (its words, react-dropzone's file input) would be read out from nowhere the user can see.
 */
function useIsDraggingFiles(): boolean {
  const [depth, setDepth] = useState(0);
  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) setDepth((count) => count + 1);
    };
    const leave = () => {
      setDepth((count) => Math.max(0, count - 1));
    };
    const end = () => {
      setDepth(0);
    };
    // capture: a drop the zone handles is seen all the same
    const options = { capture: true };
    document.addEventListener('dragenter', enter, options);
    document.addEventListener('dragleave', leave, options);
    document.addEventListener('drop', end, options);
    document.addEventListener('dragend', end, options);
    return () => {
      document.removeEventListener('dragenter', enter, options);
      document.removeEventListener('dragleave', leave, options);
      document.removeEventListener('drop', end, options);
      document.removeEventListener('dragend', end, options);
    };
  }, []);
  return depth > 0;
}

/**
 * Files dragged anywhere over the page upload into the folder shown. Where they may not, the drop is caught all
 * the same (uncaught, the browser would open the file in place of the portal) and refused in words.
 */
export function FolderDropzone({ folderLabel, onDrop, refusal, onRefused }: FolderDropzoneProps) {
  const { t } = useTranslation();
  // Mantine's full-screen zone hides itself when its onDrop or onReject is called, and neither is for a drop
  // without a file: a new zone after such a drop, or the page would stay covered.
  const [fileless, setFileless] = useState(0);
  const isDragging = useIsDraggingFiles();
  return (
    <Dropzone.FullScreen
      key={fileless}
      attributes={{ fullScreen: { 'aria-hidden': !isDragging } }}
      // Every drop, through onDropAny: Mantine's onDrop is react-dropzone's onDropAccepted, which is not called
      // for a drop without a file, so a drop of empty folders alone would be lost (and its folders left for
      // the next drop to create).
      onDropAny={(files) => {
        if (files.length === 0 || refusal !== undefined) setFileless((count) => count + 1);
        if (refusal !== undefined) onRefused();
        else onDrop(files, takeDroppedFolders());
      }}
      onDrop={() => undefined}
      getFilesFromEvent={refusal === undefined ? filesFromEvent : noFiles}
      activateOnClick={false}
      // Hidden until files are dragged over the page: no tab stop, and no Enter or Space opening the file chooser
      // from nowhere the user can see. The toolbar's Upload button is the keyboard's way.
      activateOnKeyboard={false}
    >
      <Stack align="center" justify="center" mih={200} gap="xs">
        <IconUpload size={48} aria-hidden />
        <Text size="lg" ta="center" maw="100%" style={{ overflowWrap: 'anywhere' }}>
          {refusal ?? t('storage.dropzone.title', { folder: folderLabel })}
        </Text>
        {refusal === undefined && (
          <Text size="sm" c="dimmed">
            {t('storage.dropzone.hint')}
          </Text>
        )}
      </Stack>
    </Dropzone.FullScreen>
  );
}
