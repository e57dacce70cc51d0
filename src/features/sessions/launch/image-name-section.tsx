import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SkahaImage } from '@/api/skaha/platform-schemas';
import { ImagePicker } from './image-picker';
import { ImagePlatformNotice } from './image-platform-notice';
import { imageFieldError } from './image-field-error';
import { asksCredentials } from './launch-inputs';
import type { Readiness } from './launch-readiness';
import type { LaunchFormState } from './launch-state';
import { NameField } from './name-field';

interface ImageNameSectionProps {
  state: LaunchFormState;
  readiness: Readiness;
  /** Launch was pressed: a missing image or registry credential is said. */
  attempted: boolean;
  /** A launch is under way: the duplicate notice's buttons wait. */
  busy: boolean;
  images: readonly SkahaImage[] | undefined;
  listFailed: boolean;
  /** The registries skaha launches from; undefined while they load or when they could not be read. */
  hosts: readonly string[] | undefined;
  secret: string;
  onChange: (patch: Partial<LaunchFormState>) => void;
  onSecretChange: (secret: string) => void;
  /** Launches at once under another name (the duplicate notice's second button). */
  onLaunchAs: (name: string) => void;
}

/** The form's first section: what to run (the image, and credentials for a private one) and its name. */
export function ImageNameSection({
  state,
  readiness,
  attempted,
  busy,
  images,
  listFailed,
  hosts,
  secret,
  onChange,
  onSecretChange,
  onLaunchAs,
}: ImageNameSectionProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <ImagePicker
          type={state.type}
          image={state.image}
          images={images}
          listFailed={listFailed}
          hosts={hosts ?? []}
          custom={state.custom}
          asksCredentials={asksCredentials(state, images)}
          registryUser={state.registryUser}
          secret={secret}
          error={imageFieldError(readiness, attempted, hosts ?? [], t)}
          registryColon={readiness.registryColon}
          registryMissing={attempted ? readiness.registryMissing : []}
          onImageChange={(image, custom) => {
            onChange({ image, custom });
          }}
          onRegistryUserChange={(registryUser) => {
            onChange({ registryUser });
          }}
          onSecretChange={onSecretChange}
        />
        {state.image !== '' && <ImagePlatformNotice image={state.image} harborHost={hosts?.[0]} />}
        <NameField
          readiness={readiness}
          pending={busy}
          onChange={(name) => {
            onChange({ name });
          }}
          onLaunchAs={onLaunchAs}
        />
      </Stack>
    </Paper>
  );
}
