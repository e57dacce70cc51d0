import { Button, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchFormState } from '../launch-state';
import { addPreset, hasPreset, stateToPreset, type Preset } from './preset-file';
import { arcPath } from './preset-queries';
import { PresetsDialog } from './presets-dialog';
import type { PresetsState } from './use-presets';
import { BusyButton } from '@/components/busy-button';

interface SavePresetDialogProps {
  presets: PresetsState;
  own: readonly Preset[];
  state: LaunchFormState;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Names the current form and adds it to the user's presets file. */
export function SavePresetDialog({ presets, own, state, onClose, onDone }: SavePresetDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = name.trim();
  const problem =
    trimmed === ''
      ? t('launch.presets.nameRequired')
      : hasPreset(own, trimmed)
        ? t('launch.presets.nameTaken', { name: trimmed })
        : undefined;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (problem || presets.save.isPending) return;
    presets.save.mutate(
      { presets: addPreset(own, stateToPreset(trimmed, state)), expected: presets.ownFile },
      {
        onSuccess: () => {
          onDone(t('launch.presets.saved', { name: trimmed }));
          onClose();
        },
      },
    );
  }

  return (
    <PresetsDialog
      title={t('launch.presets.saveTitle')}
      presets={presets}
      onClose={onClose}
      onSubmit={handleSubmit}
      actions={
        <>
          <Button variant="default" onClick={onClose}>
            {t('launch.presets.cancel')}
          </Button>
          <BusyButton type="submit" busy={presets.save.isPending}>
            {t('launch.presets.saveSubmit')}
          </BusyButton>
        </>
      }
    >
      <TextInput
        label={t('launch.presets.nameLabel')}
        description={t('launch.presets.nameHint', { path: arcPath(presets.personalPath) })}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
        }}
        onBlur={() => {
          setTouched(true);
        }}
        error={touched ? problem : undefined}
        maxLength={100}
        data-autofocus
        required
      />
    </PresetsDialog>
  );
}
