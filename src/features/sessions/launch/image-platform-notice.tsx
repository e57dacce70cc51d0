import { Alert } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { artifactQueryOptions } from '@/api/harbor/harbor-queries';
import { imagePlatform } from '@/api/harbor/image-platform';
import { parseImageRef } from './image-ref';

/**
 * Warns when the chosen image is built for another platform than the nodes' linux/amd64: skaha lists and
 * launches it all the same (its image list carries no platform), and the session would never start. Read from
 * Harbor, which serves the first registry host; Harbor's silence (a private image, a registry it does not
 * serve, an error) warns of nothing, as the launch can go on without it.
 */
export function ImagePlatformNotice({
  image,
  harborHost,
}: {
  image: string;
  harborHost: string | undefined;
}) {
  const { t } = useTranslation();
  const api = useApi();
  // a typed reference is read once the typing pauses, not at each key
  const [settled] = useDebouncedValue(image, 400);
  const ref = parseImageRef(settled);
  const served = harborHost !== undefined && ref.host === harborHost && ref.project !== '' && ref.tag !== '';
  const artifact = useQuery({
    ...artifactQueryOptions(api, ref.project, ref.repository, ref.tag),
    enabled: served,
    retry: false,
  });
  const platform = served && settled === image && artifact.data ? imagePlatform(artifact.data) : undefined;
  if (!platform || platform.runs) return null;
  return (
    <Alert variant="light" color="orange" role="note" title={t('launch.form.otherPlatformTitle')}>
      {t('launch.form.otherPlatform', { platform: platform.platform ?? '?' })}
    </Alert>
  );
}
