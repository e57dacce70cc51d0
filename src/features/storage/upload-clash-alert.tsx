import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { listCharacters } from '@/components/describe-error';
import { nameInSentence } from '@/lib/names';
import type { UnaddressableUpload } from './upload-plan';

/**
 * What of a batch was not sent, and why: it would write these destinations twice (then nothing of it was
 * sent), or it holds names cavern cannot store (those alone were held back when `othersSent`).
 */
export function UploadClashAlert({
  paths,
  unaddressable = [],
  othersSent = false,
}: {
  paths: readonly string[];
  unaddressable?: readonly UnaddressableUpload[] | undefined;
  othersSent?: boolean | undefined;
}) {
  const { t } = useTranslation();
  if (paths.length === 0 && unaddressable.length === 0) return null;
  const [only] = unaddressable;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={othersSent ? t('storage.upload.someNotUploaded') : t('storage.upload.clashTitle')}
    >
      <Stack gap={4}>
        {unaddressable.length > 0 && (
          <Text size="sm">
            {t('storage.upload.unaddressable', {
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
            })}
          </Text>
        )}
        {paths.length > 0 && (
          <Text size="sm">
            {t('storage.upload.clash', {
              count: paths.length,
              names: paths.map((path) => nameInSentence(path)).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
