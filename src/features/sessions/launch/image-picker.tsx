import {
  Alert,
  Button,
  Checkbox,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkahaImage } from '@/api/skaha/platform-schemas';
import { SESSION_TYPES, type LaunchableType } from '@/api/skaha/session-schemas';
import { nameInSentence } from '@/lib/names';
import {
  groupImages,
  isListedImage,
  newestFirst,
  parseImageRef,
  referenceFromPath,
  splitOnHost,
} from './image-ref';
import { imageSearchFilter } from './image-search';
import type { RegistryField } from './launch-request';

interface ImagePickerProps {
  type: LaunchableType;
  image: string;
  /** The listed images; undefined while the list loads or when it could not be read. */
  images: readonly SkahaImage[] | undefined;
  listFailed: boolean;
  hosts: readonly string[];
  custom: boolean;
  /** skaha would ask for registry credentials for this image: it is not on its public list. */
  asksCredentials: boolean;
  registryUser: string;
  secret: string;
  error: string | undefined;
  /** Credential fields holding a `:`, which skaha cannot take. */
  registryColon: readonly RegistryField[];
  /** Credential fields left empty that the launch needs (shown once Launch was pressed). */
  registryMissing: readonly RegistryField[];
  onImageChange: (image: string, custom: boolean) => void;
  onRegistryUserChange: (user: string) => void;
  onSecretChange: (secret: string) => void;
}

/** Listed images by Harbor project, or a private/unlisted reference with optional registry credentials. */
export function ImagePicker(props: ImagePickerProps) {
  const { t } = useTranslation();
  const { type, image, images, hosts, custom } = props;
  // a colon breaks skaha's user:secret header, so it is said before a missing value
  const registryError = (field: RegistryField) =>
    props.registryColon.includes(field)
      ? t(`launch.form.registryColon.${field}`)
      : props.registryMissing.includes(field)
        ? t(`launch.form.registryMissing.${field}`)
        : undefined;
  // Without the list nothing can be called unlisted: a link's image is offered as it is, and the picker says
  // why it offers nothing else, rather than "No image matches".
  const known = images !== undefined;
  const listed = known ? isListedImage(image, images, type) : image !== '';
  const groups = known ? groupImages(images, type) : image === '' ? [] : [{ value: image, label: image }];
  // the label holds 12 characters of the digest: a longer one pasted from the Images page is matched whole
  const filter = useMemo(() => imageSearchFilter(images ?? []), [images]);
  const unlisted = image !== '' && !listed;
  // A public image listed for other types only: skaha launches it as any type, without credentials.
  const otherTypes =
    unlisted && known
      ? images
          .find((candidate) => candidate.id === image)
          ?.types.flatMap((label) => SESSION_TYPES.filter((sessionType) => sessionType === label))
      : undefined;
  // A tag the list does not have of a repository it does (a link made before the tag was removed, or a typo):
  // its newest tag is offered, as credentials would not make the missing one appear.
  const wanted = parseImageRef(image);
  const newest =
    unlisted && known && otherTypes === undefined
      ? images
          .filter((candidate) => candidate.types.includes(type))
          .map((candidate) => ({ id: candidate.id, ref: parseImageRef(candidate.id) }))
          .filter(
            ({ ref }) =>
              ref.host === wanted.host &&
              ref.project === wanted.project &&
              ref.repository === wanted.repository,
          )
          .sort((a, b) => newestFirst(a.ref, b.ref))[0]
      : undefined;
  const showCustom = custom || unlisted;
  const nothingFound = known
    ? t('launch.form.noImageMatch')
    : props.listFailed
      ? t('launch.form.imageListFailed')
      : t('launch.form.imageListLoading');
  const { host, path } = splitOnHost(image, hosts);

  return (
    <Stack gap="sm">
      {!showCustom && (
        <Select
          label={t('launch.form.image')}
          // Harbor's label is the type's own name (headless), never its translation
          description={t('launch.form.imageHint', { label: type })}
          placeholder={t('launch.form.imagePlaceholder')}
          data={groups}
          value={listed ? image : null}
          onChange={(value) => {
            props.onImageChange(value ?? '', false);
          }}
          searchable
          filter={filter}
          // Typing marks the first match, so Enter takes it rather than sending a form without an image; a
          // second press on the chosen image keeps it, as the field is required.
          selectFirstOptionOnChange
          allowDeselect={false}
          // Launch takes the keyboard here when no image is chosen: an open list would cover the error that
          // says so. A click, typing or Alt+↓ opens it.
          openOnFocus={false}
          nothingFoundMessage={nothingFound}
          error={props.error}
          withAsterisk
          maxDropdownHeight={320}
        />
      )}
      <Checkbox
        label={t('launch.form.customImage')}
        description={t('launch.form.customImageHint')}
        checked={showCustom}
        onChange={(event) => {
          props.onImageChange(event.currentTarget.checked ? image : '', event.currentTarget.checked);
        }}
      />
      {showCustom && (
        <>
          {unlisted && !custom && newest && (
            <Alert variant="light" color="yellow" role="note">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {t('launch.form.staleTag', {
                    // from the link's image, which anyone can write
                    tag: nameInSentence(wanted.tag),
                    repository: nameInSentence(wanted.repository),
                    type: t(`sessions.types.${type}`),
                    newest: newest.ref.tag,
                  })}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    props.onImageChange(newest.id, false);
                  }}
                >
                  {t('launch.form.useNewest', { image: `${newest.ref.repository}:${newest.ref.tag}` })}
                </Button>
              </Stack>
            </Alert>
          )}
          {otherTypes && otherTypes.length > 0 && (
            <Alert variant="light" color="blue" role="note">
              {t('launch.form.listedForOther', {
                types: otherTypes.map((other) => t(`sessions.types.${other}`)).join(', '),
                type: t(`sessions.types.${type}`),
              })}
            </Alert>
          )}
          {unlisted && !custom && !newest && otherTypes === undefined && (
            <Alert variant="light" color="blue" role="note">
              {t('launch.form.unlistedNotice', { type: t(`sessions.types.${type}`) })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('launch.form.registryHost')}
              data={[...hosts]}
              value={host ?? null}
              placeholder={t('launch.form.registryChoose')}
              allowDeselect={false}
              onChange={(value) => {
                props.onImageChange(`${value ?? ''}/${path}`, true);
              }}
            />
            <TextInput
              label={t('launch.form.imagePath')}
              description={t('launch.form.imagePathHint')}
              value={path}
              error={props.error}
              withAsterisk
              onChange={(event) => {
                // on no allowed registry, the field holds the whole reference and is edited as it is
                props.onImageChange(referenceFromPath(event.currentTarget.value, host, hosts), true);
              }}
              style={{ gridColumn: 'span 2' }}
            />
          </SimpleGrid>
          {props.asksCredentials && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('launch.form.registryUser')}
                autoComplete="username"
                value={props.registryUser}
                error={registryError('user')}
                onChange={(event) => {
                  props.onRegistryUserChange(event.currentTarget.value);
                }}
              />
              <PasswordInput
                label={t('launch.form.registrySecret')}
                description={t('launch.form.registrySecretHint')}
                autoComplete="off"
                visibilityToggleButtonProps={{ 'aria-label': t('launch.form.registrySecretVisibility') }}
                value={props.secret}
                error={registryError('secret')}
                onChange={(event) => {
                  props.onSecretChange(event.currentTarget.value);
                }}
              />
            </SimpleGrid>
          )}
        </>
      )}
    </Stack>
  );
}
