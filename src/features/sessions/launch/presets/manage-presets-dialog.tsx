import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePreset, hasPreset, renamePreset, type Preset } from './preset-file';
import { PresetsDialog } from './presets-dialog';
import type { PresetsState } from './use-presets';
import { BusyButton } from '@/components/busy-button';

interface ManagePresetsDialogProps {
  presets: PresetsState;
  own: readonly Preset[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Renames or deletes the user's presets; each change is one checked write of the file. */
export function ManagePresetsDialog({ presets, own, onClose, onDone }: ManagePresetsDialogProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | undefined>();
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const others = own.filter((preset) => preset.name !== renaming);
  const problem =
    trimmed === ''
      ? t('launch.presets.nameRequired')
      : hasPreset(others, trimmed)
        ? t('launch.presets.nameTaken', { name: trimmed })
        : undefined;

  function write(next: readonly Preset[], message: string) {
    presets.save.mutate(
      { presets: next, expected: presets.ownFile },
      {
        onSuccess: () => {
          onDone(message);
          setRenaming(undefined);
          if (next.length === 0) onClose();
        },
      },
    );
  }

  function handleRename(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (renaming === undefined || problem || presets.save.isPending) return;
    write(renamePreset(own, renaming, trimmed), t('launch.presets.renamed', { name: renaming, to: trimmed }));
  }

  return (
    <PresetsDialog title={t('launch.presets.manageTitle')} presets={presets} onClose={onClose}>
      {own.map((preset) =>
        renaming === preset.name ? (
          <form key={preset.name} onSubmit={handleRename} noValidate>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                label={t('launch.presets.renameLabel', { name: preset.name })}
                value={name}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                }}
                error={problem}
                maxLength={100}
                style={{ flex: 1 }}
                data-autofocus
                autoFocus
              />
              <BusyButton type="submit" mt={25} busy={presets.save.isPending}>
                {t('launch.presets.renameSubmit')}
              </BusyButton>
              <Button
                variant="default"
                mt={25}
                onClick={() => {
                  setRenaming(undefined);
                }}
              >
                {t('launch.presets.cancel')}
              </Button>
            </Group>
          </form>
        ) : (
          <Group key={preset.name} justify="space-between" wrap="nowrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {preset.name}
            </Text>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={t('launch.presets.rename', { name: preset.name })}
                onClick={() => {
                  presets.save.reset();
                  setName(preset.name);
                  setRenaming(preset.name);
                }}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('launch.presets.delete', { name: preset.name })}
                disabled={presets.save.isPending}
                onClick={() => {
                  write(deletePreset(own, preset.name), t('launch.presets.deleted', { name: preset.name }));
                }}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        ),
      )}
    </PresetsDialog>
  );
}
