import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchQueryOptions } from '@/api/harbor/harbor-queries';
import { splitRepositoryName } from '@/api/harbor/harbor-query';
import { ErrorAlert } from '@/components/error-alert';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { formatCount } from './format';
import { ListLoading } from './list-loading';
import { VisibilityBadge } from './visibility-badge';
import { useHarborApi } from './use-harbor-api';

/** Harbor's `/search`: every visible project and repository whose name contains the text. */
export function SearchResults({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const api = useHarborApi();
  const search = useQuery(searchQueryOptions(api, text));
  // the search text can come from a link (`?q=`): quoted as a name, it cannot pass for the page's own words
  const quoted = nameInSentence(text);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
        {t('images.searchResults', { text: quoted })}
      </Title>
      {search.isPending && <ListLoading rows={3} />}
      {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
      {search.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {search.data.project.length + search.data.repository.length === 0
              ? t('images.searchNothing', { text: quoted })
              : t('images.searchCounts', {
                  projects: formatCount(search.data.project.length, i18n.language),
                  repositories: formatCount(search.data.repository.length, i18n.language),
                })}
          </Text>
          {search.data.project.length > 0 && (
            <section aria-label={t('images.searchProjects')}>
              <Title order={3} size="h5" mb={4}>
                {t('images.searchProjects')}
              </Title>
              <List spacing={4} listStyleType="none" ml={0} pl={0}>
                {search.data.project.map((project) => (
                  <List.Item key={project.project_id}>
                    <Anchor
                      component={Link}
                      to={paths.imageProject(project.name)}
                      mr="xs"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      <bdi>{project.name}</bdi>
                    </Anchor>
                    <VisibilityBadge isPublic={project.metadata.public} />
                  </List.Item>
                ))}
              </List>
            </section>
          )}
          {search.data.repository.length > 0 && (
            <section aria-label={t('images.searchRepositories')}>
              <Title order={3} size="h5" mb={4}>
                {t('images.searchRepositories')}
              </Title>
              <List spacing={4} listStyleType="none" ml={0} pl={0}>
                {search.data.repository.map((found) => {
                  const { project, repository } = splitRepositoryName(found.repository_name);
                  return (
                    <List.Item key={found.repository_name}>
                      <Anchor
                        component={Link}
                        to={paths.imageRepository(project, repository)}
                        mr="xs"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        <bdi>{found.repository_name}</bdi>
                      </Anchor>
                      <Text span size="sm" c="dimmed">
                        {t('images.artifactCount', {
                          count: found.artifact_count,
                          formatted: formatCount(found.artifact_count, i18n.language),
                        })}
                      </Text>
                    </List.Item>
                  );
                })}
              </List>
            </section>
          )}
        </>
      )}
    </Stack>
  );
}
