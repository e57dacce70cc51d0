import { VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { skahaKeys } from '@/api/skaha/skaha-keys';
import { useFormatters } from '../format';
import { useSessionLabels } from '../session-labels';
import { statusChanges, type StatusChange } from './status-changes';

/** Tells screen readers what changed between polls (not the whole list again on every poll). */
export function StatusAnnouncer({ sessions }: { sessions: readonly Session[] | undefined }) {
  const { t } = useTranslation();
  const { statusLabel } = useSessionLabels();
  const format = useFormatters();
  const client = useQueryClient();
  const previous = useRef<readonly Session[] | undefined>(undefined);
  // what each session was before it went Terminating: a launch cancelled was Pending
  const terminatedFrom = useRef(new Map<string, string>());
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!sessions) return;
    const before = previous.current;
    previous.current = sessions;
    if (!before || before === sessions) return;
    const changes = statusChanges(before, sessions);
    if (changes.length === 0) return;
    // a session the user deleted here went because they asked: not "is gone", as one that ended on its own
    for (const { id, status, was } of changes)
      if (status === 'Terminating' && was !== undefined) terminatedFrom.current.set(id, was);
    const goneSentence = ({ id, name, was }: StatusChange) => {
      if (client.getQueryData(skahaKeys.deleteTaken(id)) === undefined)
        return t('sessions.announce.gone', { name });
      return (terminatedFrom.current.get(id) ?? was) === 'Pending'
        ? t('sessions.announce.cancelled', { name })
        : t('sessions.announce.deleted', { name });
    };
    const sentences: string[] = changes.slice(0, 5).map((change) =>
      change.status === null
        ? goneSentence(change)
        : t('sessions.announce.status', {
            name: change.name,
            status: statusLabel(change.status),
          }),
    );
    const more = changes.length - 5;
    if (more > 0) sentences.push(t('sessions.announce.more', { count: more, value: format.number(more) }));
    setMessage(sentences.join(' '));
  }, [sessions, t, statusLabel, format, client]);
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
