import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../format';
import { TILE_PAGE } from './use-paging';

interface ShowMoreProps {
  shown: number;
  total: number;
  /** What the button adds to, for its accessible name ("active sessions"). */
  what: string;
  onShowMore: () => void;
}

/** "Showing 60 of 50,000" and a button for the next page; nothing when everything is shown. */
export function ShowMore({ shown, total, what, onShowMore }: ShowMoreProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (shown >= total) return null;
  const next = Math.min(TILE_PAGE, total - shown);
  return (
    <Group gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('sessions.paging.shown', { shown: format.number(shown), total: format.number(total) })}
      </Text>
      <Button
        variant="default"
        size="xs"
        onClick={onShowMore}
        aria-label={t('sessions.paging.showMoreOf', { count: next, value: format.number(next), what })}
      >
        {t('sessions.paging.showMore', { count: next, value: format.number(next) })}
      </Button>
    </Group>
  );
}
