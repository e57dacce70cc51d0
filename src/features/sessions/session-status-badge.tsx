import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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

/**
 * `expired`: skaha reports an interactive session that reached its deadline as Failed; to its user it ran its
 * time out, nothing went wrong, so it is told apart (neutral, not red).
 */
export function SessionStatusBadge({ status, expired = false }: { status: string; expired?: boolean }) {
  const { t } = useTranslation();
  const { statusLabel } = useSessionLabels();
  const colour = expired ? 'gray' : isKnownSessionStatus(status) ? STATUS_COLOURS[status] : 'gray';
  return (
    <Badge color={colour} variant="dot" tt="none" style={{ flexShrink: 0 }}>
      {expired ? t('sessions.finished.expired') : statusLabel(status)}
    </Badge>
  );
}
