export interface SessionEvent {
  type: string;
  reason: string;
  message: string;
  /** Absent when Kubernetes kept no time: kube-scheduler's events (Scheduled, FailedScheduling). */
  firstTime: string | undefined;
  lastTime: string | undefined;
}

// kube-scheduler records its events through events.k8s.io, which sets only eventTime: the core view skaha asks
// for has null firstTimestamp and lastTimestamp, and kubectl's custom columns print `<none>` for them.
const time = (text: string) => (text === '<none>' ? undefined : text);

// kubectl pads columns to the header, but long values push later columns right, so positions are useless:
// the first two fields and the last two are single tokens, the message is what lies between.
const ROW = /^(\S+)\s+(\S+)\s+(.*?)\s+(\S+)\s+(\S+)\s*$/;

/** Parses skaha's `view=events` text table (`TYPE REASON MESSAGE FIRST-TIME LAST-TIME`; `<none>` when empty). */
export function parseEventsTable(text: string): SessionEvent[] {
  const events: SessionEvent[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed === '<none>' || /^TYPE\s+REASON\b/.test(trimmed)) continue;
    const match = ROW.exec(trimmed);
    if (!match) continue;
    const [, type = '', reason = '', message = '', firstTime = '', lastTime = ''] = match;
    events.push({ type, reason, message, firstTime: time(firstTime), lastTime: time(lastTime) });
  }
  return events;
}
