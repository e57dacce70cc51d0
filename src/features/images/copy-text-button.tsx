import { ActionIcon, Tooltip, VisuallyHidden } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyTextButtonProps {
  value: string;
  what: 'reference' | 'docker' | 'digest';
  /** Whose digest, where a list has one button a row: a tag, or a short digest when it has none. */
  of?: string;
}

/**
 * Copies `value`; the confirmation is announced through a live region, not only shown as an icon. A browser
 * that refuses the clipboard (a permissions policy, an insecure page) is said to, so the click is never silent.
 */
export function CopyTextButton({ value, what, of }: CopyTextButtonProps) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  const label = of === undefined ? t(`images.copy.${what}`) : t(`images.copyOf.${what}`, { name: of });
  const said = clipboard.copied ? t(`images.copied.${what}`) : clipboard.error ? t('images.copyRefused') : '';
  return (
    <>
      <Tooltip label={said || label} withArrow multiline maw={320}>
        <ActionIcon
          variant="subtle"
          color={clipboard.copied ? 'teal' : 'gray'}
          aria-label={label}
          onClick={() => {
            clipboard.copy(value);
          }}
          size="md"
        >
          {clipboard.copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
        </ActionIcon>
      </Tooltip>
      <VisuallyHidden aria-live="polite">{said}</VisuallyHidden>
    </>
  );
}
