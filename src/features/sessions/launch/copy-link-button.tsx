import { Button, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconLink } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLocation } from 'react-router';
import { launchLink } from './launch-link';
import type { LaunchFormState } from './launch-state';

/**
 * Copies the link that reproduces the form. A browser that refuses the clipboard (no permission, an
 * insecure page) gets the link in a read-only field, selected, to copy by hand.
 */
export function CopyLinkButton({ state }: { state: LaunchFormState }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const href = useHref(pathname);
  const link = launchLink(window.location.origin, href, state);
  // What was copied: a form changed since then makes "Link copied" untrue.
  const [copiedLink, setCopiedLink] = useState<string>();
  const [refused, setRefused] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const copied = copiedLink === link;

  useEffect(() => {
    if (!refused) return;
    field.current?.focus();
    field.current?.select();
  }, [refused]);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopiedLink(link);
      setRefused(false);
    } catch {
      setCopiedLink(undefined);
      setRefused(true);
    }
  }

  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="default"
        w="fit-content"
        onClick={() => void handleCopy()}
        leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconLink size={14} aria-hidden />}
      >
        {t('launch.link.copy')}
      </Button>
      <Text size="sm" c="dimmed" role="status">
        {copied ? t('launch.link.copied') : ''}
      </Text>
      {refused && (
        <TextInput
          ref={field}
          readOnly
          value={link}
          label={t('launch.link.field')}
          description={t('launch.link.refused')}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
      )}
    </Stack>
  );
}
