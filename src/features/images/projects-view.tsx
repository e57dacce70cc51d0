import { Anchor, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectListQueryOptions } from '@/api/harbor/harbor-queries';
import type { HarborProject } from '@/api/harbor/project-schemas';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/lib/paths';
import { AccessNotice } from './access-notice';
import { formatCount, formatDate } from './format';
import { HarborPager } from './harbor-pager';
import { ListLoading } from './list-loading';
import { SearchResults } from './search-results';
import { useHarborApi } from './use-harbor-api';
import { FIT_CELL, NAME_CELL, NARROW_TABLE, VisibilityBadge } from './visibility-badge';
import { useTextFilter } from '@/lib/use-text-filter';
import { useListParams } from './use-list-params';

const DEBOUNCE_MS = 300;

/** The registry's projects, and search across projects and repositories. */
export function ProjectsView() {
  const { t } = useTranslation();
  const [search, setSearch] = useTextFilter('q');
  const [debounced] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  return (
    <Stack gap="md">
      <PageHeader title={t('images.title')} description={t('images.description')} />
      <AccessNotice />
      <TextInput
        type="search"
        label={t('images.searchLabel')}
        placeholder={t('images.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
        }}
        maw={480}
      />
      <SearchResults text={debounced}>
        <ProjectList />
      </SearchResults>
    </Stack>
  );
}

function ProjectList() {
  const { t } = useTranslation();
  const api = useHarborApi();
  const list = useListParams();
  const { pageSize } = list;
  const projects = useQuery({
    ...projectListQueryOptions(api, { page: list.page, pageSize, sort: 'name' }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('images.projects.heading')}
      </Title>
      {projects.isPending && <ListLoading />}
      {projects.isError && <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />}
      {projects.data &&
        (projects.data.total === 0 ? (
          <Text>{t('images.projects.empty')}</Text>
        ) : (
          <>
            <ProjectTable projects={projects.data.items} />
            <HarborPager
              page={list.page}
              pageSize={pageSize}
              total={projects.data.total}
              shown={projects.data.items.length}
              onPageChange={list.setPage}
              onPageSizeChange={list.setPageSize}
            />
          </>
        ))}
    </Stack>
  );
}

function ProjectTable({ projects }: { projects: readonly HarborProject[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={NARROW_TABLE}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('images.projects.name')}</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('images.projects.visibility')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('images.projects.repositories')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('images.projects.created')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr key={project.project_id}>
              <Table.Td style={NAME_CELL}>
                <Anchor
                  component={Link}
                  to={paths.imageProject(project.name)}
                  display="block"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  <bdi>{project.name}</bdi>
                </Anchor>
                {/* a small screen's hidden columns, said here: display:none hides them from everyone */}
                <Group hiddenFrom="sm" gap="xs" mt={4}>
                  <VisibilityBadge isPublic={project.metadata.public} />
                  {project.creation_time !== undefined && (
                    <Text span size="xs" c="dimmed">
                      {t('images.projects.createdOn', {
                        date: formatDate(project.creation_time, i18n.language),
                      })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td style={FIT_CELL} visibleFrom="sm">
                <VisibilityBadge isPublic={project.metadata.public} />
              </Table.Td>
              <Table.Td ta="end" style={FIT_CELL}>
                {formatCount(project.repo_count, i18n.language)}
              </Table.Td>
              <Table.Td visibleFrom="sm" style={FIT_CELL}>
                {project.creation_time === undefined ? '' : formatDate(project.creation_time, i18n.language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
