import { Checkbox, Group, Stack, Table, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { deleteSessionsMutationOptions, PartialDeleteError } from '@/api/skaha/session-mutations';
import type { Session } from '@/api/skaha/session-schemas';
import { BusyButton } from '@/components/busy-button';
import { isFocusAtPageStart, isFocusLost } from '@/lib/focus';
import { useFormatters } from '../format';
import { useSessionLabels } from '../session-labels';
import { BulkDeleteDialog, BulkDeleteError } from './bulk-delete';
import { sortJobs, type JobSort, type JobSortKey } from './headless-jobs';
import classes from './headless-table.module.css';
import { JobRow } from './job-row';

const ROW_HEIGHT = 41;
const FIRST_SCREEN = 12;

// Rows wrap their name and image (and are cards on a narrow table), so each is measured once drawn; jsdom,
// which lays nothing out, keeps the estimate.
const measureRow = (element: Element) => Math.round(element.getBoundingClientRect().height) || ROW_HEIGHT;

interface HeadlessTableProps {
  /** The jobs the page's filter shows. */
  jobs: readonly Session[];
  /** Every headless job: a delete's outcome names those it could not delete, whatever the filter shows. */
  allJobs: readonly Session[];
  /**
   * The launch that led here made one of these jobs: the table's heading takes focus once shown, unless the user
   * has moved on from the page's heading, so a screen reader says where the new jobs are.
   */
  justLaunched?: boolean;
  /** Where focus goes when the section goes with it (a filter hides every job, and nothing is left to say). */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/** Headless jobs: sortable, filtered with the page filter, multi-select delete; virtualized for thousands. */
export function HeadlessTable({ jobs, allJobs, justLaunched = false, fallbackFocus }: HeadlessTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { statusLabel } = useSessionLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justLaunched && isFocusAtPageStart(document)) heading.current?.focus();
  }, [justLaunched]);
  const api = useApi();
  const [sort, setSort] = useState<JobSort>({ key: 'name', direction: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(deleteSessionsMutationOptions(api));
  const sorted = useMemo(
    () => sortJobs(jobs, sort, { locale: i18n.language, statusLabel }),
    [jobs, sort, i18n.language, statusLabel],
  );
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
  // The jobs confirmed, while they go: those deleted leave `chosen` at the next poll, and the question must not
  // count down under the user.
  const deleting = remove.isPending ? remove.variables : undefined;
  const askedAbout = deleting?.length ?? chosen.length;
  // the dialog keeps its words while it closes, after a delete has cleared the selection it asked about
  const [asked, setAsked] = useState(0);
  if (confirming && asked !== askedAbout) setAsked(askedAbout);
  const dialogCount = confirming ? askedAbout : asked;

  const opener = useRef<HTMLButtonElement>(null);
  const dialogBody = useRef<HTMLDivElement>(null);
  const isOpenerOff = deleting === undefined && chosen.length === 0;
  useLayoutEffect(() => {
    // a button switched off cannot keep focus (Chromium drops it to the page), as when a delete ends with
    // nothing left selected after its dialog was put away: the jobs take it, named by their heading
    if (isOpenerOff && document.activeElement === opener.current)
      (scrollRef.current ?? heading.current ?? fallbackFocus?.current)?.focus();
  }, [isOpenerOff, fallbackFocus]);

  const confirm = () => {
    // The delete goes on if the dialog is put away: it ends here whatever the user did meanwhile, so it leaves
    // alone what they selected since, and the focus they moved elsewhere.
    const selectedBefore = selected;
    const keepSelected = (kept: ReadonlySet<string>) => {
      setSelected((now) => new Set([...now].filter((id) => !selectedBefore.has(id) || kept.has(id))));
    };
    const isFocusLeftToUs = () =>
      isFocusLost(document) ||
      (dialogBody.current?.closest('[role="dialog"]')?.contains(document.activeElement) ?? false);
    remove.mutate(chosen, {
      onSuccess: () => {
        // the opener is off once nothing is selected, so the dialog cannot give focus back to it
        // with no job shown the section goes too (nothing left to say)
        if (isFocusLeftToUs()) (scrollRef.current ?? fallbackFocus?.current)?.focus();
        keepSelected(new Set());
        setConfirming(false);
      },
      onError: (error) => {
        // those that went are Terminating; what stays selected is what the user may try again
        if (error instanceof PartialDeleteError) keepSelected(new Set(error.failed));
        // an open dialog keeps focus, to ask about the rest
        if (isFocusLost(document)) (scrollRef.current ?? heading.current)?.focus();
      },
    });
  };

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

  // A filter that hides every job hides the section, but not a delete under way or its failure; the status
  // stays in the page (a live region added with its words is not read out), and takes no room there.
  const isShown = jobs.length > 0 || remove.isPending || remove.isError || confirming;

  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby={isShown ? 'headless-heading' : undefined}
      style={isShown ? undefined : { display: 'contents' }}
    >
      {isShown && (
        <Group justify="space-between" gap="sm">
          <Title
            ref={heading}
            order={2}
            size="h4"
            id="headless-heading"
            // a heading is not a control: it takes focus only to be read, with no ring (as the page's h1)
            // and where focus goes after a delete while a filter hides every job
            tabIndex={-1}
            className="mantine-focus-never"
          >
            {t('sessions.jobs.title', { count: jobs.length, value: format.number(jobs.length) })}
          </Title>
          <BusyButton
            ref={opener}
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconTrash size={14} aria-hidden />}
            // one delete at a time: its dialog may be put away while it runs, and its outcome is shown here
            busy={deleting !== undefined}
            disabled={isOpenerOff}
            onClick={() => {
              // a new question: the last one's outcome is not this one's
              remove.reset();
              setConfirming(true);
            }}
          >
            {deleting === undefined
              ? t('sessions.jobs.deleteSelected', {
                  count: chosen.length,
                  value: format.number(chosen.length),
                })
              : t('sessions.jobs.deleting', {
                  count: deleting.length,
                  value: format.number(deleting.length),
                })}
          </BusyButton>
        </Group>
      )}
      <VisuallyHidden role="status">
        {remove.isSuccess
          ? t('sessions.jobs.deleted', {
              count: remove.data.length,
              value: format.number(remove.data.length),
            })
          : ''}
      </VisuallyHidden>
      {remove.isError && (
        <BulkDeleteError
          error={remove.error}
          jobs={allJobs}
          onDismiss={() => {
            remove.reset();
            // the section goes with the error when no job is shown
            (scrollRef.current ?? fallbackFocus?.current)?.focus();
          }}
        />
      )}
      {jobs.length > 0 && (
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
      )}
      <BulkDeleteDialog
        opened={confirming}
        count={dialogCount}
        bodyRef={dialogBody}
        isPending={remove.isPending}
        error={remove.error}
        jobs={allJobs}
        onConfirm={confirm}
        onClose={() => {
          setConfirming(false);
        }}
      />
    </Stack>
  );
}
