import { Image, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sniffImageType } from './image-type';

/**
 * An image file's bytes on screen through an object URL that lives exactly as long as the element. The URL is
 * made when the element mounts and revoked when it unmounts: one made during render and revoked by an effect's
 * cleanup leaves a remounted element (React's StrictMode remounts every component in development) showing a
 * revoked URL, a broken image.
 */
export function ImagePreview({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { t } = useTranslation();
  // The blob's type comes from the bytes, never from the answer's Content-Type (image-type.ts).
  const type = useMemo(() => sniffImageType(bytes), [bytes]);
  const show = useCallback(
    (image: HTMLImageElement | null) => {
      if (!image || !type) return;
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
      image.src = url;
      return () => {
        URL.revokeObjectURL(url);
      };
    },
    [bytes, type],
  );
  if (!type) return <Text>{t('storage.preview.notAnImage')}</Text>;
  return (
    <Image
      ref={show}
      alt={t('storage.preview.imageAlt', { name })}
      fit="contain"
      mah="60vh"
      style={{ imageRendering: 'auto' }}
    />
  );
}
