import { Box, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobPhase } from '@/api/storage/uws';
import { isFinalPhase } from '@/api/storage/uws';
import { nameOf } from '@/api/storage/vos-uri';

/** Job phases by node path, fed by a mutation's `onPhase`. */
export function useJobPhases() {
  const [phases, setPhases] = useState<ReadonlyMap<string, JobPhase>>(new Map());
  const onPhase = useCallback((path: string, phase: JobPhase) => {
    setPhases((previous) => new Map(previous).set(path, phase));
  }, []);
  const reset = useCallback(() => {
    setPhases(new Map());
  }, []);
  /** Before a retry, which sends only what is not done: the items done stay shown as done. */
  const resetUnfinished = useCallback(() => {
    setPhases((previous) => new Map([...previous].filter(([, phase]) => phase === 'COMPLETED')));
  }, []);
  return { phases, onPhase, reset, resetUnfinished };
}

/** Lines shown before the list scrolls in its own box, so a dialog's buttons stay on screen however many items run. */
const LINES_SHOWN = 6;

/** Where each job is: queued, running, done or failed, announced as it changes. */
export function JobProgress({ phases, total }: { phases: ReadonlyMap<string, JobPhase>; total: number }) {
  const { t } = useTranslation();
  const logRef = useRef<HTMLDivElement>(null);
  // Follows the newest line, unless the user has scrolled up to read an earlier one.
  const isFollowing = useRef(true);
  useLayoutEffect(() => {
    const log = logRef.current;
    if (log && isFollowing.current) log.scrollTop = log.scrollHeight;
  }, [phases]);
  if (phases.size === 0) return null;
  // An item whose outcome cannot be known (UNKNOWN) is not waited on any more.
  const finished = [...phases.values()].filter((phase) => isFinalPhase(phase) || phase === 'UNKNOWN').length;
  return (
    <Stack gap={4}>
      <Progress value={(finished / Math.max(1, total)) * 100} animated={finished < total} aria-hidden />
      <Box
        ref={logRef}
        role="log"
        aria-label={t('storage.jobs.label')}
        // scrollable by keyboard once it overflows
        tabIndex={phases.size > LINES_SHOWN ? 0 : undefined}
        mah={`calc(${LINES_SHOWN} * var(--mantine-line-height-sm) * var(--mantine-font-size-sm))`}
        style={{ overflowY: 'auto' }}
        onScroll={(event) => {
          const log = event.currentTarget;
          isFollowing.current = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
        }}
      >
        {[...phases].map(([path, phase]) => (
          <Text key={path} size="sm">
            {t('storage.jobs.progress', { name: nameOf(path), phase: t(`storage.jobs.${phase}`) })}
          </Text>
        ))}
      </Box>
    </Stack>
  );
}
