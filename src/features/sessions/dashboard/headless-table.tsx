import {
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { deleteSessionsMutationOptions } from '@/api/skaha/session-mutations';
import type { Session } from '@/api/skaha/session-schemas';
import { ErrorAlert } from '@/components/error-alert';
import { PathText } from '@/components/path-text';
import { isFocusAtPageStart } from '@/lib/focus';
import { revealBidiControls } from '@/lib/names';
import { useFormatters } from '../format';
import { SessionStatusBadge } from '../session-status-badge';
import { imageWithoutHost, sortJobs, type JobSort, type JobSortKey } from './headless-jobs';
import classes from './headless-table.module.css';
import { useRenderProbe } from './render-probe';
import { SessionDetailsButton } from './session-details';
import { BusyButton } from '@/components/busy-button';

const ROW_HEIGHT = 41;
const FIRST_SCREEN = 12;

// Rows wrap their name and image (and are cards on a narrow table), so each is measured once drawn; jsdom,
// which lays nothing out, keeps the estimate.
const measureRow = (element: Element) => Math.round(element.getBoundingClientRect().height) || ROW_HEIGHT;

interface HeadlessTableProps {
  jobs: readonly Session[];
  /**
   * The launch that led here made one of these jobs: the table's heading takes focus once shown, unless the user
   * has moved on from the page's heading, so a screen reader says where the new jobs are.
   */
  justLaunched?: boolean;
}

/** Headless jobs: sortable, filtered with the page filter, multi-select delete; virtualized for thousands. */
export function HeadlessTable({ jobs, justLaunched = false }: HeadlessTableProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justLaunched && isFocusAtPageStart(document)) heading.current?.focus();
  }, [justLaunched]);
  const api = useApi();
  const [sort, setSort] = useState<JobSort>({ key: 'name', direction: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(deleteSessionsMutationOptions(api));
  const sorted = useMemo(() => sortJobs(jobs, sort), [jobs, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the rows are read from the virtualizer on every render
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    measureElement: measureRow,
    overscan: 10,
  });
  const visibleIds = new Set(sorted.map((job) => job.id));
  const chosen = [...selected].filter((id) => visibleIds.has(id));
  const allChosen = sorted.length > 0 && chosen.length === sorted.length;

  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const header = (key: JobSortKey, label: string) => {
    const active = sort.key === key;
    const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th
        scope="col"
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <UnstyledButton
          onClick={() => {
            setSort({ key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' });
          }}
          fw={600}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap">
            {label}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };
  // Before layout (first paint, or jsdom) the scroller measures 0 px: show a first screenful anyway.
  const measured = virtualizer.getVirtualItems();
  const items =
    measured.length > 0 || sorted.length === 0
      ? measured
      : sorted.slice(0, FIRST_SCREEN).map((_, index) => ({
          index,
          start: index * ROW_HEIGHT,
          end: (index + 1) * ROW_HEIGHT,
        }));
  const padTop = items[0]?.start ?? 0;
  const total = measured.length > 0 ? virtualizer.getTotalSize() : sorted.length * ROW_HEIGHT;
  const padBottom = Math.max(0, total - (items.at(-1)?.end ?? 0));

  return (
    <Stack gap="sm" component="section" aria-labelledby="headless-heading">
      <Group justify="space-between" gap="sm">
        <Title
          ref={heading}
          order={2}
          size="h4"
          id="headless-heading"
          // a heading is not a control: it takes focus only to be read, with no ring (as the page's h1)
          tabIndex={justLaunched ? -1 : undefined}
          className={justLaunched ? 'mantine-focus-never' : undefined}
        >
          {t('sessions.jobs.title', { count: jobs.length })}
        </Title>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconTrash size={14} aria-hidden />}
          disabled={chosen.length === 0}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('sessions.jobs.deleteSelected', { count: chosen.length })}
        </Button>
      </Group>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <div
        ref={scrollRef}
        className={classes.scroller}
        style={{ maxHeight: 480, overflow: 'auto' }}
        // focusable so the keyboard can scroll it, and so named where focus lands on it
        tabIndex={0}
        role="group"
        aria-labelledby="headless-heading"
      >
        <Table stickyHeader aria-rowcount={sorted.length + 1} className={classes.table}>
          <Table.Thead>
            <Table.Tr aria-rowindex={1} className={classes.headRow}>
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label={t('sessions.jobs.selectAll')}
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  onChange={(event) => {
                    setSelected(
                      event.currentTarget.checked ? new Set(sorted.map((job) => job.id)) : new Set(),
                    );
                  }}
                />
              </Table.Th>
              {header('name', t('sessions.name'))}
              {header('status', t('sessions.status'))}
              {header('image', t('sessions.jobs.image'))}
              {header('startTime', t('sessions.jobs.started'))}
              <Table.Th scope="col" className={classes.tableOnly}>
                {t('sessions.jobs.resources')}
              </Table.Th>
              <Table.Th scope="col" className={classes.tableOnly}>
                {t('sessions.jobs.details')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {padTop > 0 && (
              <tr aria-hidden>
                <td colSpan={7} style={{ height: padTop, padding: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const job = sorted[item.index];
              if (!job) return null;
              return (
                <JobRow
                  key={job.id}
                  job={job}
                  index={item.index}
                  checked={selected.has(job.id)}
                  onToggle={toggle}
                  measureRef={virtualizer.measureElement}
                />
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={7} style={{ height: padBottom, padding: 0 }} />
              </tr>
            )}
          </Table.Tbody>
        </Table>
      </div>
      <Modal
        opened={confirming}
        closeButtonProps={{ 'aria-label': t('app.close') }}
        onClose={() => {
          setConfirming(false);
        }}
        title={t('sessions.jobs.confirmTitle', { count: chosen.length })}
      >
        <Stack gap="md">
          <Text size="sm">{t('sessions.jobs.confirmBody')}</Text>
          {/* the page's own alert is behind this dialog while it is open */}
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('sessions.jobs.keep', { count: chosen.length })}
            </Button>
            <BusyButton
              color="red"
              busy={remove.isPending}
              onClick={() => {
                remove.mutate(chosen, {
                  onSuccess: () => {
                    setSelected(new Set());
                    setConfirming(false);
                  },
                });
              }}
            >
              {t('sessions.jobs.deleteSelected', { count: chosen.length })}
            </BusyButton>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

interface JobRowProps {
  job: Session;
  index: number;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
  measureRef: (row: HTMLTableRowElement | null) => void;
}

const JobRow = memo(function JobRow({ job, index, checked, onToggle, measureRef }: JobRowProps) {
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
