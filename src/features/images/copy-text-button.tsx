import { ActionIcon, CopyButton, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyTextButtonProps {
  value: string;
  what: 'reference' | 'docker' | 'digest';
}

/** Copies `value`; the confirmation is announced through a live region, not only shown as an icon. */
export function CopyTextButton({ value, what }: CopyTextButtonProps) {
  const { t } = useTranslation();
  const label = t(`images.copy.${what}`);
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <>
          <Tooltip label={copied ? t(`images.copied.${what}`) : label} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              aria-label={label}
              onClick={copy}
              size="md"
            >
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
          <VisuallyHidden aria-live="polite">{copied ? t(`images.copied.${what}`) : ''}</VisuallyHidden>
        </>
      )}
    </CopyButton>
  );
}
