import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTag } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  artifactListQueryOptions,
  labelListQueryOptions,
  repositoryQueryOptions,
} from '@/api/harbor/harbor-queries';
import { fuzzy, harborQuery, intersection } from '@/api/harbor/harbor-query';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { ArtifactTable } from './artifact-table';
import { HarborError } from './harbor-error';
import { revealBidiControls } from '@/lib/names';
import { formatCount } from './format';
import { HarborPager } from './harbor-pager';
import { ImageBreadcrumbs } from './image-breadcrumbs';
import { ListLoading } from './list-loading';
import { useLabelName } from './session-type-chips';
import { useHarborApi } from './use-harbor-api';
import { useTextFilter } from '@/lib/use-text-filter';
import { useListParams } from './use-list-params';

interface ArtifactsViewProps {
  project: string;
  repository: string;
}

const hasCasedLetter = (text: string) => text.toLowerCase() !== text.toUpperCase();

/**
 * A repository's artifacts, newest first, one page at a time from Harbor, so a repository of thousands pages
 * as smoothly as one of ten. Filters by tag (`q=tags=~…`) and by session-type label (`q=labels=(id)`).
 */
export function ArtifactsView({ project, repository }: ArtifactsViewProps) {
  const { t, i18n } = useTranslation();
  const api = useHarborApi();
  const list = useListParams();
  const { pageSize } = list;
  const labelName = useLabelName();
  const [tag, setTag] = useTextFilter('tag');
  const type = list.filter('type');
  const [debouncedTag] = useDebouncedValue(tag.trim().replace(/[,\s]/g, ''), 300);
  const details = useQuery(repositoryQueryOptions(api, project, repository));
  const labels = useQuery(labelListQueryOptions(api, { scope: 'g' }));
  const label = labels.data?.items.find((candidate) => candidate.name === type);
  // An unknown type filters nothing rather than everything; the select shows "any" for it.
  const waitingForLabels = Boolean(type) && labels.isPending;
  const q = harborQuery({
    tags: debouncedTag ? fuzzy(debouncedTag) : undefined,
    labels: label ? intersection([label.id]) : undefined,
  });
  const artifacts = useQuery({
    ...artifactListQueryOptions(api, project, repository, { page: list.page, pageSize, q }),
    enabled: !waitingForLabels,
    placeholderData: keepPreviousData,
  });
  // The next page is fetched ahead, so turning pages through a long repository shows rows at once.
  const queryClient = useQueryClient();
  const next = artifacts.isPlaceholderData ? undefined : artifacts.data?.next;
  useEffect(() => {
    if (next !== undefined) {
      queryClient
        .query(artifactListQueryOptions(api, project, repository, { page: next, pageSize, q }))
        // A failed prefetch is shown, with its retry, if and when the user turns to that page.
        .catch(() => undefined);
    }
  }, [queryClient, api, project, repository, next, pageSize, q]);
  const filtered = Boolean(debouncedTag || label);

  return (
    <Stack gap="md">
      <ImageBreadcrumbs project={project} repository={repository} />
      <PageHeader
        title={`${project}/${repository}`}
        description={
          details.data && (
            <>
              {/* isolated, its overrides shown (as the repositories list does): it cannot reorder itself or the count */}
              {details.data.description && <bdi>{revealBidiControls(details.data.description)}</bdi>}
              {details.data.description && ' · '}
              {t('images.artifactCount', {
                count: details.data.artifact_count,
                formatted: formatCount(details.data.artifact_count, i18n.language),
              })}
            </>
          )
        }
      />
      <Group gap="md" align="end" wrap="wrap">
        <TextInput
          label={t('images.artifacts.filterTag')}
          placeholder={t('images.artifacts.filterTagPlaceholder')}
          leftSection={<IconTag size={16} aria-hidden />}
          value={tag}
          onChange={(event) => {
            setTag(event.currentTarget.value);
          }}
          w={260}
        />
        <NativeSelect
          label={t('images.artifacts.filterType')}
          value={label ? type : ''}
          onChange={(event) => {
            list.setFilter('type', event.currentTarget.value);
          }}
          data={[
            { value: '', label: t('images.artifacts.anyType') },
            ...(labels.data?.items ?? []).map((item) => ({ value: item.name, label: labelName(item.name) })),
          ]}
          // as wide as the tag filter beside it, which the French "Tous les types de session" needs
          w={260}
        />
      </Group>
      {labels.isError && <ErrorAlert error={labels.error} onRetry={() => void labels.refetch()} />}
      {(artifacts.isPending || waitingForLabels) && <ListLoading />}
      {artifacts.isError && (
        <HarborError
          error={artifacts.error}
          onRetry={() => void artifacts.refetch()}
          place={{ project, repository }}
        />
      )}
      {artifacts.data &&
        !waitingForLabels &&
        (artifacts.data.total === 0 ? (
          <Text>
            {filtered ? t('images.artifacts.noMatch') : t('images.artifacts.empty')}
            {/* Harbor matches tags case-sensitively (its other filters are not) */}
            {hasCasedLetter(debouncedTag) && ` ${t('images.artifacts.tagCase')}`}
          </Text>
        ) : (
          <>
            <ArtifactTable project={project} repository={repository} artifacts={artifacts.data.items} />
            <HarborPager
              page={list.page}
              pageSize={pageSize}
              total={artifacts.data.total}
              shown={artifacts.data.items.length}
              onPageChange={list.setPage}
              onPageSizeChange={list.setPageSize}
            />
          </>
        ))}
    </Stack>
  );
}
