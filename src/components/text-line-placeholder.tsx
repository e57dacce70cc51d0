import { Skeleton, Text } from '@mantine/core';

/**
 * A line of small text still loading, exactly as tall as the line that replaces it: a figure that arrives late
 * must not move what is below it (a Launch button about to be clicked).
 */
export function TextLinePlaceholder({ width = 280 }: { width?: number }) {
  return (
    <Skeleton w={width} maw="100%" aria-hidden>
      <Text size="sm">{'\u00a0'}</Text>
    </Skeleton>
  );
}
