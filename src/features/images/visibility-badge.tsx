import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The name column takes the room the others leave, and a long name is cut rather than widening the table. */
export const NAME_CELL = { maxWidth: 0, minWidth: 140, width: '100%' } as const;

export function VisibilityBadge({ isPublic }: { isPublic: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="dot" color={isPublic ? 'teal' : 'gray'} radius="sm" tt="none">
      {isPublic ? t('images.projects.public') : t('images.projects.private')}
    </Badge>
  );
}
