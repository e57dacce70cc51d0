import { formatUtcSeconds } from '../clock';
import type { SessionPhase, SessionRecord } from './model';

export interface PodEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  first: number;
  last: number;
  /**
   * kube-scheduler's events (Scheduled, FailedScheduling) go through events.k8s.io, which sets only eventTime:
   * skaha's custom columns print `<none>` for their firstTimestamp and lastTimestamp.
   */
  fromScheduler?: true;
}

const COLUMN_WIDTHS = [10, 13, 63, 23];
const HEADER = ['TYPE', 'REASON', 'MESSAGE', 'FIRST-TIME', 'LAST-TIME'];

// Fixed-width columns as in samples/skaha-v1-session-events.txt: a value too wide for its column is
// followed by three spaces instead of being cut.
function formatRow(cells: string[]): string {
  return cells
    .map((cell, index) => {
      const width = COLUMN_WIDTHS[index];
      if (width === undefined) return cell;
      return cell.length + 3 <= width ? cell.padEnd(width) : `${cell}   `;
    })
    .join('');
}

/** The body of `?view=events`: kubectl custom-columns output, or `<none>` when the pod has no events. */
export function formatEventTable(events: PodEvent[]): string {
  if (events.length === 0) return '<none>\n';
  const rows = events.map((event) =>
    formatRow([
      event.type,
      event.reason,
      event.message,
      event.fromScheduler ? '<none>' : formatUtcSeconds(event.first),
      event.fromScheduler ? '<none>' : formatUtcSeconds(event.last),
    ]),
  );
  return `${[formatRow(HEADER), ...rows].join('\n')}\n`;
}

const once = (type: PodEvent['type'], reason: string, message: string, at: number): PodEvent => ({
  type,
  reason,
  message,
  first: at,
  last: at,
});

const scheduledOn = (record: SessionRecord, at: number): PodEvent => ({
  ...once('Normal', 'Scheduled', `Successfully assigned skaha-workload/${record.pod} to ${record.node}`, at),
  fromScheduler: true,
});

/** The latest retry of something k8s repeats every `periodMs` since `first`. */
const lastRetry = (first: number, now: number, periodMs: number) =>
  first + Math.max(0, Math.floor((now - first) / periodMs)) * periodMs;

function stuckEvents(record: SessionRecord, now: number): PodEvent[] {
  const [scheduled, pulling] = record.timeline;
  if (record.stuck === 'queued') return [];
  if (record.stuck === 'insufficient-cpu') {
    const message = '0/12 nodes are available: 12 Insufficient cpu.';
    const first = record.createdAt;
    return [
      {
        type: 'Warning',
        reason: 'FailedScheduling',
        message,
        first,
        last: lastRetry(first, now, 60_000),
        fromScheduler: true,
      },
    ];
  }
  const retry = lastRetry(pulling, now, 300_000);
  const image = `"${record.image}"`;
  return [
    scheduledOn(record, scheduled),
    { type: 'Normal', reason: 'Pulling', message: `Pulling image ${image}`, first: pulling, last: retry },
    {
      type: 'Warning',
      reason: 'Failed',
      message: `Failed to pull image ${image}: rpc error: code = NotFound desc = failed to pull and unpack image ${image}: not found`,
      first: pulling + 1_000,
      last: retry + 1_000,
    },
    {
      type: 'Warning',
      reason: 'Failed',
      message: 'Error: ErrImagePull',
      first: pulling + 1_000,
      last: retry + 1_000,
    },
    {
      type: 'Normal',
      reason: 'BackOff',
      message: `Back-off pulling image ${image}`,
      first: pulling + 2_000,
      last: retry + 2_000,
    },
    {
      type: 'Warning',
      reason: 'Failed',
      message: 'Error: ImagePullBackOff',
      first: pulling + 2_000,
      last: retry + 2_000,
    },
  ];
}

export function sessionEvents(record: SessionRecord, phase: SessionPhase, now: number): PodEvent[] {
  const [scheduled, pulling, pulled, started] = record.timeline;
  const events = record.stuck
    ? stuckEvents(record, now)
    : [
        scheduledOn(record, scheduled),
        once('Normal', 'Pulling', `Pulling image "${record.image}"`, pulling),
        once(
          'Normal',
          'Pulled',
          `Successfully pulled image in ${((pulled - pulling) / 1000).toFixed(1)}s`,
          pulled,
        ),
        once('Normal', 'Started', 'Started container', started),
      ];
  // a deleted session's pod is killed; one past its deadline has no pod left to ask (model.ts, hasPod)
  if (phase.status === 'Terminating' && record.deletedAt !== undefined)
    events.push(once('Normal', 'Killing', `Stopping container ${record.type}`, record.deletedAt));
  const cutoff = Math.min(now, record.deletedAt ?? Infinity);
  return events.filter((event) => event.first <= cutoff);
}
