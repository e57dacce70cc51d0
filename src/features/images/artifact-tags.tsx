import { Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarborArtifact } from '@/api/harbor/artifact-schemas';
import { tagListQueryOptions } from '@/api/harbor/harbor-queries';
import { ErrorAlert } from '@/components/error-alert';
import { formatTime } from './format';
import { HarborPager } from './harbor-pager';
import { ListLoading } from './list-loading';
import { useHarborApi } from './use-harbor-api';
import { usePageSize } from './use-page-size';

interface ArtifactTagsProps {
  project: string;
  repository: string;
  artifact: HarborArtifact;
}

/** Every tag of one artifact, from Harbor's tags endpoint a page at a time (an artifact may carry hundreds). */
export function ArtifactTags({ project, repository, artifact }: ArtifactTagsProps) {
  const { t, i18n } = useTranslation();
  const api = useHarborApi();
  const [pageSize, setPageSize] = usePageSize();
  const [page, setPage] = useState(1);
  const tags = useQuery({
    ...tagListQueryOptions(api, project, repository, artifact.digest, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
  if (tags.isPending) return <ListLoading rows={2} />;
  if (tags.isError) return <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />;
  if (tags.data.total === 0) return <Text size="sm">{t('images.detail.noTags')}</Text>;
  const time = (value: number | undefined) =>
    value === undefined ? t('images.detail.never') : formatTime(value, i18n.language);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={300}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('images.detail.tagName')}</Table.Th>
              <Table.Th scope="col">{t('images.detail.tagPushed')}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t('images.detail.tagPulled')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tags.data.items.map((tag) => (
              <Table.Tr key={tag.id}>
                <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {tag.name}
                </Table.Td>
                <Table.Td>{time(tag.push_time)}</Table.Td>
                <Table.Td visibleFrom="sm">{time(tag.pull_time)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tags.data.total > pageSize && (
        <HarborPager
          page={page}
          pageSize={pageSize}
          total={tags.data.total}
          shown={tags.data.items.length}
          onPageChange={setPage}
          onPageSizeChange={setPageSize}
        />
      )}
    </Stack>
  );
}
