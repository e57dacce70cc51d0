import { Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { PathText } from '@/components/path-text';
import { revealBidiControls } from '@/lib/names';
import { useFormatters } from '../format';
import { SessionStatusBadge } from '../session-status-badge';
import { imageWithoutHost } from './headless-jobs';
import classes from './headless-table.module.css';
import { useRenderProbe } from './render-probe';
import { SessionDetailsButton } from './session-details';

interface JobRowProps {
  job: Session;
  index: number;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
  measureRef: (row: HTMLTableRowElement | null) => void;
}

/** One job of the headless table: a row, or a card where the table is narrow (headless-table.module.css). */
export const JobRow = memo(function JobRow({ job, index, checked, onToggle, measureRef }: JobRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  useRenderProbe('job-row');
  const image = revealBidiControls(job.image);
  const started = job.startTime === undefined ? undefined : format.dateTime(job.startTime);
  return (
    <Table.Tr aria-rowindex={index + 2} data-index={index} ref={measureRef} className={classes.row}>
      <Table.Td className={classes.select}>
        <Checkbox
          aria-label={t('sessions.jobs.select', { name: job.name })}
          checked={checked}
          onChange={(event) => {
            onToggle(job.id, event.currentTarget.checked);
          }}
        />
      </Table.Td>
      {/* whole, wrapped where it must: names often differ only at their end (reduce-night-3, reduce-night-4) */}
      <Table.Td className={classes.name} style={{ minWidth: 120 }}>
        <Text size="sm" component="div" inherit>
          <bdi>{revealBidiControls(job.name)}</bdi>
        </Text>
      </Table.Td>
      {/* room for the longest status ("Arrêt en cours") */}
      <Table.Td className={classes.status} style={{ minWidth: '9.5rem' }}>
        <SessionStatusBadge status={job.status} />
      </Table.Td>
      {/* project/repository:tag on screen, wrapping between its parts; the whole reference for the title and
          for a screen reader */}
      <Table.Td className={classes.image} style={{ minWidth: 160 }} title={image}>
        <Text size="sm" component="div" aria-hidden>
          <bdi>
            <PathText text={imageWithoutHost(image)} />
          </bdi>
        </Text>
        <VisuallyHidden>{image}</VisuallyHidden>
      </Table.Td>
      <Table.Td className={classes.started}>
        <span className={classes.tableOnly}>{started ?? '—'}</span>
        {started !== undefined && (
          <Text size="sm" c="dimmed" component="span" className={classes.cardOnly}>
            {t('sessions.jobs.startedAt', { time: started })}
          </Text>
        )}
      </Table.Td>
      {/* what tells a GPU run from a CPU one, as the tiles say it */}
      <Table.Td className={classes.resources}>
        <Text size="sm" component="span">
          {jobResources(job, t, format)}
        </Text>
      </Table.Td>
      <Table.Td className={classes.details}>
        <SessionDetailsButton id={job.id} name={job.name} status={job.status} type={job.type} />
      </Table.Td>
    </Table.Tr>
  );
});

/** "2 cores · 8 GB · 1 GPU" as requested; a flexible job's cores and memory are not fixed ("Flexible"). */
function jobResources(job: Session, t: TFunction, format: ReturnType<typeof useFormatters>): string {
  const parts =
    job.isFixedResources && job.requestedCPUCores !== undefined && job.requestedRAM !== undefined
      ? [
          t('sessions.tile.cores', {
            count: job.requestedCPUCores,
            value: format.number(job.requestedCPUCores),
          }),
          format.memory(job.requestedRAM),
        ]
      : [t('sessions.tile.flexible')];
  if (job.requestedGPUCores > 0) parts.push(t('sessions.tile.gpus', { count: job.requestedGPUCores }));
  return parts.join(' · ');
}
