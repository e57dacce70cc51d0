import { Progress, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
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

/** Where each job is: queued, running, done or failed, announced as it changes. */
export function JobProgress({ phases, total }: { phases: ReadonlyMap<string, JobPhase>; total: number }) {
  const { t } = useTranslation();
  if (phases.size === 0) return null;
  const finished = [...phases.values()].filter(isFinalPhase).length;
  return (
    <Stack gap={4}>
      <Progress value={(finished / Math.max(1, total)) * 100} animated={finished < total} aria-hidden />
      <Stack gap={0} aria-live="polite">
        {[...phases].map(([path, phase]) => (
          <Text key={path} size="sm">
            {t('storage.jobs.progress', { name: nameOf(path), phase: t(`storage.jobs.${phase}`) })}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
