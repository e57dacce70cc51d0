import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
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

/**
 * Harbor's `/search`: every visible project and repository whose name contains the text; without a text, what
 * `children` holds (the project list). The counts' live region stays mounted across queries, with and without a
 * text, and only its words change: a region that appears together with its text is not read out.
 */
export function SearchResults({ text, children }: { text: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const api = useHarborApi();
  const search = useQuery({ ...searchQueryOptions(api, text), enabled: text !== '' });
  // the search text can come from a link (`?q=`): quoted as a name, it cannot pass for the page's own words
  const quoted = nameInSentence(text);
  const found = text ? search.data : undefined;
  const counts = !found
    ? ''
    : found.project.length + found.repository.length === 0
      ? t('images.searchNothing', { text: quoted })
      : t('images.searchCounts', {
          projects: formatCount(found.project.length, i18n.language),
          repositories: formatCount(found.repository.length, i18n.language),
        });
  return (
    // a block, not a stack: the empty region takes no room above the project list
    <div>
      {text && (
        <Title order={2} size="h4" mb="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('images.searchResults', { text: quoted })}
        </Title>
      )}
      <Text size="sm" c="dimmed" aria-live="polite" mb={counts ? 'sm' : 0}>
        {counts}
      </Text>
      {!text ? (
        children
      ) : (
        <Stack gap="sm">
          {search.isPending && <ListLoading rows={3} />}
          {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
          {found && found.project.length > 0 && (
            <section aria-label={t('images.searchProjects')}>
              <Title order={3} size="h5" mb={4}>
                {t('images.searchProjects')}
              </Title>
              <List spacing={4} listStyleType="none" ml={0} pl={0}>
                {found.project.map((project) => (
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
          {found && found.repository.length > 0 && (
            <section aria-label={t('images.searchRepositories')}>
              <Title order={3} size="h5" mb={4}>
                {t('images.searchRepositories')}
              </Title>
              <List spacing={4} listStyleType="none" ml={0} pl={0}>
                {found.repository.map((found) => {
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
        </Stack>
      )}
    </div>
  );
}
