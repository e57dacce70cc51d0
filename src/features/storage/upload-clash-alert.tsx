import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { listCharacters } from '@/components/describe-error';
import { nameInSentence } from '@/lib/names';
import type { UnaddressableUpload } from './upload-plan';

/**
 * Why a batch was refused before anything was sent: it would write these destinations twice, or it holds names
 * cavern cannot store.
 */
export function UploadClashAlert({
  paths,
  unaddressable = [],
}: {
  paths: readonly string[];
  unaddressable?: readonly UnaddressableUpload[];
}) {
  const { t } = useTranslation();
  if (paths.length === 0 && unaddressable.length === 0) return null;
  const [only] = unaddressable;
  return (
    <Alert color="red" variant="light" role="alert" title={t('storage.upload.clashTitle')}>
      {unaddressable.length > 0
        ? t('storage.upload.unaddressable', {
            count: unaddressable.length,
            // one name: its characters are said in the sentence; several: each name says its own
            characters: only ? listCharacters(only.characters, t) : '',
            names:
              unaddressable.length === 1 && only
                ? nameInSentence(only.relativePath)
                : unaddressable
                    .map((refused) =>
                      t('storage.upload.unaddressableName', {
                        name: nameInSentence(refused.relativePath),
                        characters: listCharacters(refused.characters, t),
                      }),
                    )
                    .join(', '),
          })
        : t('storage.upload.clash', {
            count: paths.length,
            names: paths.map((path) => nameInSentence(path)).join(', '),
          })}
    </Alert>
  );
}
