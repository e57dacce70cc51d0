import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectQueryOptions, repositoryListQueryOptions } from '@/api/harbor/harbor-queries';
import { fuzzy, harborQuery, splitRepositoryName } from '@/api/harbor/harbor-query';
import type { HarborRepository } from '@/api/harbor/project-schemas';
import { isApiError } from '@/api/http/api-error';
import { NameText } from '@/components/name-text';
import { PageHeader } from '@/components/page-header';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { formatCount, formatTime } from './format';
import { HarborError } from './harbor-error';
import { HarborPager } from './harbor-pager';
import { ImageBreadcrumbs } from './image-breadcrumbs';
import { ListLoading } from './list-loading';
import { FIT_CELL, NAME_CELL, NARROW_TABLE, VisibilityBadge } from './visibility-badge';
import { useHarborApi } from './use-harbor-api';
import { useTextFilter } from '@/lib/use-text-filter';
import { useListParams } from './use-list-params';

// Harbor's `sort` keys; its default order for repositories is newest first (creation time).
const SORTS = {
  newest: '-creation_time',
  updated: '-update_time',
  name: 'name',
  // Harbor sorts by the given keys alone: many repositories share a pull count, and without a second key
  // the database may order them differently from one page to the next (one shown twice, another never).
  pulls: '-pull_count,name',
} as const;
type SortName = keyof typeof SORTS;
const SORT_NAMES: SortName[] = ['newest', 'updated', 'name', 'pulls'];
const readSort = (value: string): SortName => SORT_NAMES.find((name) => name === value) ?? 'newest';

/** A project's repositories, filtered by name on the server (`q=name=~…`), newest first. */
export function RepositoriesView({ project }: { project: string }) {
  const { t, i18n } = useTranslation();
  const api = useHarborApi();
  const list = useListParams();
  const { pageSize } = list;
  const [name, setName] = useTextFilter('name');
  const [debounced] = useDebouncedValue(name.trim().replace(/,/g, ''), 300);
  const sort = readSort(list.filter('sort'));
  const details = useQuery(projectQueryOptions(api, project));
  const repositories = useQuery({
    ...repositoryListQueryOptions(api, project, {
      page: list.page,
      pageSize,
      q: harborQuery({ name: debounced ? fuzzy(debounced) : undefined }),
      sort: SORTS[sort],
    }),
    placeholderData: keepPreviousData,
  });
  // a project Harbor will not show this user, or does not have: nothing to filter or order
  const isClosed = [details.error, repositories.error].some(
    (error) => isApiError(error) && [401, 403, 404].includes(error.status),
  );
  return (
    <Stack gap="md">
      <ImageBreadcrumbs project={project} />
      <PageHeader
        title={project}
        description={
          details.data && (
            <Group component="span" gap="xs">
              <VisibilityBadge isPublic={details.data.metadata.public} />
              <span>
                {t('images.repositoryCount', {
                  count: details.data.repo_count,
                  formatted: formatCount(details.data.repo_count, i18n.language),
                })}
              </span>
            </Group>
          )
        }
      />
      {!isClosed && (
        <Group gap="md" align="end" wrap="wrap">
          <TextInput
            label={t('images.repositories.filter')}
            placeholder={t('images.repositories.filterPlaceholder')}
            leftSection={<IconFilter size={16} aria-hidden />}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
            }}
            w={320}
          />
          <NativeSelect
            label={t('images.repositories.sort')}
            value={sort}
            onChange={(event) => {
              list.setFilter('sort', event.currentTarget.value === 'newest' ? '' : event.currentTarget.value);
            }}
            data={SORT_NAMES.map((value) => ({ value, label: t(`images.repositories.sorts.${value}`) }))}
            w={220}
          />
        </Group>
      )}
      {repositories.isPending && <ListLoading />}
      {repositories.isError && (
        <HarborError
          error={repositories.error}
          onRetry={() => void repositories.refetch()}
          place={{ project }}
        />
      )}
      {repositories.data &&
        (repositories.data.total === 0 ? (
          <Text>
            {debounced
              ? t('images.repositories.noMatch', { filter: nameInSentence(debounced) })
              : t('images.repositories.empty')}
          </Text>
        ) : (
          <>
            <RepositoryTable repositories={repositories.data.items} sort={sort} />
            <HarborPager
              page={list.page}
              pageSize={pageSize}
              total={repositories.data.total}
              shown={repositories.data.items.length}
              onPageChange={list.setPage}
              onPageSizeChange={list.setPageSize}
            />
          </>
        ))}
    </Stack>
  );
}

function RepositoryTable({
  repositories,
  sort,
}: {
  repositories: readonly HarborRepository[];
  sort: SortName;
}) {
  const { t, i18n } = useTranslation();
  // "Newest first" orders by creation, so that is the date shown then; otherwise the last update
  const byCreation = sort === 'newest';
  return (
    <Table.ScrollContainer minWidth={NARROW_TABLE}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('images.repositories.name')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('images.repositories.artifacts')}
            </Table.Th>
            <Table.Th scope="col" ta="end" visibleFrom="sm">
              {t('images.repositories.pulls')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {byCreation ? t('images.repositories.created') : t('images.repositories.updated')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {repositories.map((repository) => {
            const { project, repository: name } = splitRepositoryName(repository.name);
            const time = byCreation ? repository.creation_time : repository.update_time;
            const shownTime = time === undefined ? undefined : formatTime(time, i18n.language);
            const when =
              shownTime &&
              (byCreation
                ? t('images.repositories.createdOn', { time: shownTime })
                : t('images.repositories.updatedOn', { time: shownTime }));
            return (
              <Table.Tr key={repository.id}>
                <Table.Td style={NAME_CELL}>
                  <Anchor
                    component={Link}
                    to={paths.imageRepository(project, name)}
                    display="block"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    <bdi>{name}</bdi>
                  </Anchor>
                  {repository.description && (
                    <NameText size="xs" c="dimmed" name={repository.description} lines={2} />
                  )}
                  {/* a small screen's hidden columns, said here: display:none hides them from everyone */}
                  <Text hiddenFrom="sm" size="xs" c="dimmed">
                    {t('images.repositories.pullCount', {
                      count: repository.pull_count,
                      formatted: formatCount(repository.pull_count, i18n.language),
                    })}
                    {when && ` · ${when}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="end" style={FIT_CELL}>
                  {formatCount(repository.artifact_count, i18n.language)}
                </Table.Td>
                <Table.Td ta="end" style={FIT_CELL} visibleFrom="sm">
                  {formatCount(repository.pull_count, i18n.language)}
                </Table.Td>
                <Table.Td visibleFrom="sm" style={FIT_CELL}>
                  {shownTime}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
