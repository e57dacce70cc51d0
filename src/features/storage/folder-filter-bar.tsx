import { Group, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface FolderFilterBarProps {
  /** The filter as typed, ahead of the address and of the rows. */
  typed: string;
  onTypedChange: (typed: string) => void;
  showHidden: boolean;
  onViewChange: (change: { showHidden: boolean }) => void;
}

/** The filter over the folder's rows, and whether hidden files (dot files) are shown. */
export function FolderFilterBar({ typed, onTypedChange, showHidden, onViewChange }: FolderFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" align="flex-end">
      <TextInput
        label={t('storage.filter')}
        placeholder={t('storage.filterPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={typed}
        onChange={(event) => {
          onTypedChange(event.currentTarget.value);
        }}
        style={{ flex: '1 1 240px', maxWidth: 420 }}
      />
      <Switch
        label={t('storage.showHidden')}
        checked={showHidden}
        onChange={(event) => {
          onViewChange({ showHidden: event.currentTarget.checked });
        }}
      />
    </Group>
  );
}
