import { VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { useFormatters } from '../format';
import { useSessionLabels } from '../session-labels';
import { statusChanges } from './status-changes';

/** Tells screen readers what changed between polls (not the whole list again on every poll). */
export function StatusAnnouncer({ sessions }: { sessions: readonly Session[] | undefined }) {
  const { t } = useTranslation();
  const { statusLabel } = useSessionLabels();
  const format = useFormatters();
  const previous = useRef<readonly Session[] | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!sessions) return;
    const before = previous.current;
    previous.current = sessions;
    if (!before || before === sessions) return;
    const changes = statusChanges(before, sessions);
    if (changes.length === 0) return;
    const sentences: string[] = changes.slice(0, 5).map((change) =>
      change.status === null
        ? t('sessions.announce.gone', { name: change.name })
        : t('sessions.announce.status', {
            name: change.name,
            status: statusLabel(change.status),
          }),
    );
    const more = changes.length - 5;
    if (more > 0) sentences.push(t('sessions.announce.more', { count: more, value: format.number(more) }));
    setMessage(sentences.join(' '));
  }, [sessions, t, statusLabel, format]);
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
