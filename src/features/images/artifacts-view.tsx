import {
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTag } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HarborArtifact } from '@/api/harbor/artifact-schemas';
import {
  artifactListQueryOptions,
  labelListQueryOptions,
  repositoryQueryOptions,
} from '@/api/harbor/harbor-queries';
import { fuzzy, harborQuery, intersection } from '@/api/harbor/harbor-query';
import { imagePlatform } from '@/api/harbor/image-platform';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/lib/paths';
import { CopyTextButton } from './copy-text-button';
import { HarborError } from './harbor-error';
import { formatBytes } from '@/lib/format-bytes';
import { revealBidiControls } from '@/lib/names';
import { formatCount, formatTime } from './format';
import { HarborPager } from './harbor-pager';
import { ImageBreadcrumbs } from './image-breadcrumbs';
import { artifactReference, launchableTypes, pullReference, shortDigest } from './image-reference';
import { LaunchMenu } from './launch-menu';
import { ListLoading } from './list-loading';
import { SessionTypeChips, useLabelName } from './session-type-chips';
import { useHarborApi, useRegistryHost } from './use-harbor-api';
import { useTextFilter } from '@/lib/use-text-filter';
import { useListParams } from './use-list-params';

const TAGS_SHOWN = 3;

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

function ArtifactTable({
  project,
  repository,
  artifacts,
}: ArtifactsViewProps & { artifacts: readonly HarborArtifact[] }) {
  const { t, i18n } = useTranslation();
  const { host, isPending: isHostPending } = useRegistryHost();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('images.artifacts.tags')}</Table.Th>
            <Table.Th scope="col" visibleFrom="md">
              {t('images.artifacts.digest')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('images.artifacts.size')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('images.artifacts.pushed')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="md">
              {t('images.artifacts.platform')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('images.artifacts.types')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('images.artifacts.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {artifacts.map((artifact) => {
            const [first, ...others] = artifact.tags;
            const reference = artifactReference(artifact);
            const attrs = artifact.extra_attrs;
            const platform = imagePlatform(artifact);
            const types = launchableTypes(artifact.labels);
            return (
              <Table.Tr key={artifact.id}>
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 110 }}>
                  <Group gap={4} wrap="wrap">
                    <Anchor
                      component={Link}
                      to={paths.imageArtifact(project, repository, reference)}
                      fw={500}
                    >
                      {first ? first.name : shortDigest(artifact.digest)}
                    </Anchor>
                    {!first && (
                      <Text span size="xs" c="dimmed">
                        ({t('images.artifacts.untagged')})
                      </Text>
                    )}
                    {others.slice(0, TAGS_SHOWN - 1).map((other) => (
                      <Badge
                        key={other.id}
                        variant="outline"
                        color="gray"
                        radius="sm"
                        tt="none"
                        maw="100%"
                        title={other.name}
                      >
                        {other.name}
                      </Badge>
                    ))}
                    {others.length > TAGS_SHOWN - 1 && (
                      <Text span size="xs" c="dimmed">
                        {t('images.artifacts.moreTags', { count: others.length - (TAGS_SHOWN - 1) })}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Group gap={2} wrap="nowrap">
                    <Text span ff="monospace" size="xs">
                      {shortDigest(artifact.digest)}
                    </Text>
                    <CopyTextButton value={artifact.digest} what="digest" />
                  </Group>
                </Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(artifact.size, i18n.language)}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  {artifact.push_time === undefined ? '' : formatTime(artifact.push_time, i18n.language)}
                </Table.Td>
                <Table.Td visibleFrom="md">
                  {[attrs.os, attrs.architecture].filter(Boolean).join('/')}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <SessionTypeChips labels={artifact.labels} />
                </Table.Td>
                <Table.Td>
                  {/* the launch needs the registry's address: its place is held meanwhile, not left blank */}
                  {!host && isHostPending && platform.runs && types.length > 0 && (
                    <Skeleton height={22} width={84} radius="sm" aria-hidden />
                  )}
                  {host && platform.runs && (
                    <LaunchMenu
                      image={pullReference(host, project, repository, artifact)}
                      types={types}
                      name={first ? first.name : shortDigest(artifact.digest)}
                    />
                  )}
                  {/* labelled as a session, but not one the platform's nodes can run: say why there is no Launch */}
                  {!platform.runs && types.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('images.artifacts.wrongPlatform', { platform: platform.platform ?? '?' })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
