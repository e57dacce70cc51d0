import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UsageWindow } from '../../api/usage/usage-windows';
import { UsageNav, WindowPicker } from './usage-nav';
import { useUsageFormat } from './use-usage-format';

interface WindowBarProps {
  window?: UsageWindow;
  onWindowChange?: (window: UsageWindow) => void;
  /** Epoch ms the figures end at. */
  time: number;
}

/** The views, the period picker, and the period in words (announced when it changes). */
export function WindowBar({ window, onWindowChange, time }: WindowBarProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <UsageNav window={window} />
        {window && onWindowChange && <WindowPicker value={window} onChange={onWindowChange} />}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {window ? `${t(`usage.window.${window}`)} · ` : ''}
        {t('usage.window.until', { time: format.dateTime(time) })}
      </Text>
    </Stack>
  );
}
