export interface SessionEvent {
  type: string;
  reason: string;
  message: string;
  firstTime: string;
  lastTime: string;
}

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
    events.push({ type, reason, message, firstTime, lastTime });
  }
  return events;
}
