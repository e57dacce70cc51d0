import { Button, Code, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hasBidiControls, revealBidiControls } from '@/lib/names';
import type { CliProblem } from './launch-readiness';

/**
 * The `canfar create` line that launches the same session from a terminal, with a copy button. A browser that
 * refuses the clipboard is said to, and the line stays on the page to select by hand. `undefined` until the form
 * names an image: a line without one would not run. A line the sessions service would refuse stays to read, with
 * the reason in place of the copy button's use. A bidirectional control (from a link's `name` or `image`) would
 * show the line in another order than the one copied: it is shown as `<U+202E>`, and the line is not copied.
 */
export function CliPanel({
  command,
  problem,
  secretKeys = new Set(),
}: {
  command: string | undefined;
  problem?: CliProblem;
  /** Variables the line reads from the shell, as their values are secret (cli-command.ts). */
  secretKeys?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 1000 });
  const refusal = problem ?? (command !== undefined && hasBidiControls(command) ? 'controls' : undefined);
  // why Copy is off, tied to the button: the line needs an image, or the service would refuse it
  const reasonId = useId();
  const isOff = command === undefined || refusal !== undefined;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('launch.form.cli')}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={isOff}
            aria-describedby={isOff ? reasonId : undefined}
            onClick={() => {
              if (command !== undefined) clipboard.copy(command);
            }}
            leftSection={
              clipboard.copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
            }
          >
            {clipboard.copied ? t('launch.form.copied') : t('launch.form.copyCli')}
          </Button>
        </Group>
        {/* the button's word changes for a second: a screen reader hears it here */}
        <VisuallyHidden role="status">{clipboard.copied ? t('launch.form.cliCopied') : ''}</VisuallyHidden>
        {clipboard.error && (
          <Text size="sm" role="alert">
            {t('launch.form.copyRefused')}
          </Text>
        )}
        {command === undefined ? (
          <Text size="sm" c="dimmed" id={reasonId}>
            {t('launch.form.cliNeedsImage')}
          </Text>
        ) : (
          <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {revealBidiControls(command)}
          </Code>
        )}
        {command !== undefined && refusal !== undefined && (
          <Text size="sm" c="dimmed" id={reasonId}>
            {t(`launch.form.cliRefused.${refusal}`)}
          </Text>
        )}
        {command !== undefined && secretKeys.size > 0 && (
          <Text size="sm" c="dimmed">
            {t('launch.form.cliSecrets', { names: [...secretKeys].join(', ') })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
