import { Box, Button, Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from './format';
import { PAGE_SIZES } from './use-page-size';

interface HarborPagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** Rows on this page. */
  shown: number;
  onPageChange: (page: number) => void;
  /** Followed by `onPageChange(1)`: the rows a page starts at move with its size. */
  onPageSizeChange: (size: number) => void;
}

/** Server-side paging: Harbor counts the matches (`X-Total-Count`), the portal asks for one page at a time. */
export function HarborPager({
  page,
  pageSize,
  total,
  shown,
  onPageChange,
  onPageSizeChange,
}: HarborPagerProps) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const format = (value: number) => formatCount(value, i18n.language);
  // a bookmarked or shared page the list no longer reaches (fewer rows now, or a page number typed in)
  const pastEnd = shown === 0 && total > 0 && page > pages;
  return (
    <Group justify="space-between" align="end" gap="sm" wrap="wrap">
      {pastEnd ? (
        <Group gap="sm" align="center" wrap="wrap">
          <Text size="sm" role="status">
            {t('images.pager.pastEnd', { page: format(page), count: pages, formatted: format(pages) })}
          </Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              onPageChange(pages);
            }}
          >
            {t('images.pager.toLast')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
          {shown === 0
            ? t('images.pager.showingNone')
            : t('images.pager.showing', {
                from: format(from),
                to: format(from + shown - 1),
                total: format(total),
              })}
        </Text>
      )}
      <Group gap="sm" align="end" wrap="wrap">
        {pages > 1 && (
          <Box component="nav" aria-label={t('images.pager.navigation')}>
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={onPageChange}
              siblings={1}
              boundaries={1}
              size="sm"
              withEdges
              getItemProps={(item) => ({
                'aria-label': t('images.pager.page', { page: format(item) }),
                'aria-current': item === page ? 'page' : undefined,
              })}
              getControlProps={(control) => ({ 'aria-label': t(`images.pager.${control}`) })}
            />
          </Box>
        )}
        <NativeSelect
          label={t('images.pager.pageSize')}
          size="xs"
          value={String(pageSize)}
          data={PAGE_SIZES.map((size) => String(size))}
          onChange={(event) => {
            onPageSizeChange(Number(event.currentTarget.value));
            onPageChange(1);
          }}
        />
      </Group>
    </Group>
  );
}
