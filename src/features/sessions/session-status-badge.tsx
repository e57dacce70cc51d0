import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The dot carries the colour; the text keeps the body colour, readable in both schemes.
import type { SessionStatus } from '../../api/skaha/session-schemas';

const STATUS_COLOURS: Record<SessionStatus, string> = {
  Pending: 'yellow',
  Running: 'green',
  Terminating: 'orange',
  Succeeded: 'blue',
  Completed: 'blue',
  Error: 'red',
  Failed: 'red',
  Unknown: 'gray',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="dot" tt="none" style={{ flexShrink: 0 }}>
      {t(`sessions.statuses.${status}`)}
    </Badge>
  );
}
