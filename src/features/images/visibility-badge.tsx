import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The name column takes the room the others leave, and a long name wraps rather than widening the table. */
export const NAME_CELL = { maxWidth: 0, minWidth: 120, width: '100%' } as const;

/**
 * The tables' least width: a 320 px screen's content (288 px) holds them whole, the columns hidden there
 * said in the first cell instead.
 */
export const NARROW_TABLE = 280;

/** The other columns keep their content on one line (a badge whole, a date unwrapped) beside such a name. */
export const FIT_CELL = { whiteSpace: 'nowrap' } as const;

export function VisibilityBadge({ isPublic }: { isPublic: boolean }) {
  const { t } = useTranslation();
  return (
    // A badge's label may shrink to an ellipsis; "Public" and "Private" are short and must stay whole
    <Badge
      component="span"
      variant="dot"
      color={isPublic ? 'teal' : 'gray'}
      radius="sm"
      tt="none"
      miw="max-content"
    >
      {isPublic ? t('images.projects.public') : t('images.projects.private')}
    </Badge>
  );
}
