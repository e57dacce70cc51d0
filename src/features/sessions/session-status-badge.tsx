import { Badge } from '@mantine/core';

// The dot carries the colour; the text keeps the body colour, readable in both schemes.
import { isKnownSessionStatus, type KnownSessionStatus } from '@/api/skaha/session-schemas';
import { useSessionLabels } from './session-labels';

const STATUS_COLOURS: Record<KnownSessionStatus, string> = {
  Pending: 'yellow',
  Running: 'green',
  Terminating: 'orange',
  Succeeded: 'blue',
  Completed: 'blue',
  Error: 'red',
  Failed: 'red',
};

export function SessionStatusBadge({ status }: { status: string }) {
  const { statusLabel } = useSessionLabels();
  const colour = isKnownSessionStatus(status) ? STATUS_COLOURS[status] : 'gray';
  return (
    <Badge color={colour} variant="dot" tt="none" style={{ flexShrink: 0 }}>
      {statusLabel(status)}
    </Badge>
  );
}
