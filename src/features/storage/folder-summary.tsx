import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from './format';

interface FolderSummaryProps {
  /** The folder's rows, undefined until listed. */
  total: number | undefined;
  shown: number;
  filter: string;
  selected: number;
  /** The last action's outcome, or what is under way. */
  notes: readonly string[];
}

/** The line under the toolbar, read out as it changes: how many items, how many shown and selected, what happened. */
export function FolderSummary({ total, shown, filter, selected, notes }: FolderSummaryProps) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  let counted = '';
  if (total !== undefined) {
    if (shown === total) counted = t('storage.count', { count: total, formattedCount: count(total) });
    else if (filter.trim() === '')
      // Nothing typed: the difference is the hidden files.
      counted = t('storage.countHidden', {
        count: shown,
        formattedCount: count(shown),
        hidden: count(total - shown),
      });
    else counted = t('storage.countFiltered', { shown: count(shown), total: count(total) });
  }
  return (
    <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
      {counted}
      {selected > 0 &&
        ` · ${t('storage.selectedCount', { count: selected, formattedCount: count(selected) })}`}
      {notes.filter(Boolean).map((note) => ` · ${note}`)}
    </Text>
  );
}
