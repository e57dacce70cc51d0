import type { MantineSize, MantineColor, TextProps } from '@mantine/core';
import { Text } from '@mantine/core';
import { revealBidiControls } from '../lib/names';
import { PathText } from './path-text';

interface NameTextProps {
  name: string;
  /** 1 cuts the name at the end of its line with an ellipsis; more clamps it to that many lines. */
  lines?: number;
  size?: MantineSize;
  c?: MantineColor | 'dimmed';
  fw?: TextProps['fw'];
  component?: 'span' | 'p' | 'div';
  /** An image reference or path: wraps only after its `/` and `:` (with `lines` > 1). */
  isPath?: boolean;
}

/**
 * A name someone chose, as inert text that holds its layout: cut with an ellipsis (the whole name in its
 * title), never wider than its container, and isolated (`<bdi>`) so right-to-left text or an override
 * character inside it cannot reorder what is around it; its bidirectional controls are shown as `<U+202E>`.
 */
export function NameText({ name, lines = 1, component = 'p', isPath = false, ...props }: NameTextProps) {
  const clamp = lines > 1;
  const shown = revealBidiControls(name);
  return (
    <Text
      component={component}
      {...props}
      title={shown}
      truncate={clamp ? undefined : 'end'}
      lineClamp={clamp ? lines : undefined}
      style={{ minWidth: 0, maxWidth: '100%', overflowWrap: clamp ? 'anywhere' : undefined }}
    >
      <bdi>{isPath && clamp ? <PathText text={shown} inline /> : shown}</bdi>
    </Text>
  );
}
