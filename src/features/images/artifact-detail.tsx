import { Alert, Button, Code, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '@/api/api-context';
import type { HarborArtifact } from '@/api/harbor/artifact-schemas';
import { artifactQueryOptions } from '@/api/harbor/harbor-queries';
import { imagePlatform } from '@/api/harbor/image-platform';
import { imageListQueryOptions } from '@/api/skaha/platform-queries';
import { ErrorAlert } from '@/components/error-alert';
import { HarborError } from './harbor-error';
import { PageHeader } from '@/components/page-header';
import { nameInSentence, revealBidiControls } from '@/lib/names';
import { paths } from '@/lib/paths';
import { ArtifactTags } from './artifact-tags';
import { CopyTextButton } from './copy-text-button';
import { formatBytes } from '@/lib/format-bytes';
import { formatTime } from './format';
import { ImageBreadcrumbs } from './image-breadcrumbs';
import { dockerPullCommand, launchableTypes, pullReference, shortDigest } from './image-reference';
import { launchImage } from './launch-image';
import { ListLoading } from './list-loading';
import { PathText } from '@/components/path-text';
import { SessionTypeChips, useLabelNameInSentence } from './session-type-chips';
import { WRAPPING_LABEL } from '@/components/wrapping-label';
import { useHarborApi, useRegistryHost } from './use-harbor-api';

interface ArtifactDetailProps {
  project: string;
  repository: string;
  /** A tag or a digest, as in the URL. */
  reference: string;
}

/** One artifact: how to pull it, how to launch it, and what is inside (from Harbor's `extra_attrs`). */
export function ArtifactDetail({ project, repository, reference }: ArtifactDetailProps) {
  const api = useHarborApi();
  const artifact = useQuery(artifactQueryOptions(api, project, repository, reference));
  const isDigest = reference.includes(':');
  const title = `${repository}${isDigest ? `@${shortDigest(reference)}` : `:${reference}`}`;
  return (
    <Stack gap="md">
      <ImageBreadcrumbs
        project={project}
        repository={repository}
        current={isDigest ? shortDigest(reference) : reference}
      />
      <PageHeader title={title} description={<bdi>{revealBidiControls(project)}</bdi>} />
      {artifact.isPending && <ListLoading rows={6} />}
      {artifact.isError && (
        <HarborError
          error={artifact.error}
          onRetry={() => void artifact.refetch()}
          place={{ project, repository, reference: isDigest ? shortDigest(reference) : reference }}
        />
      )}
      {artifact.data && (
        <ArtifactSections
          project={project}
          repository={repository}
          reference={reference}
          artifact={artifact.data}
        />
      )}
    </Stack>
  );
}

function ArtifactSections({
  project,
  repository,
  reference,
  artifact,
}: ArtifactDetailProps & { artifact: HarborArtifact }) {
  const { t, i18n } = useTranslation();
  const labelName = useLabelNameInSentence();
  const registry = useRegistryHost();
  const pull = registry.host
    ? pullReference(registry.host, project, repository, artifact, reference)
    : undefined;
  const platform = imagePlatform(artifact);
  // an image the platform's nodes cannot run is not offered as a session, whatever its labels say
  const types = platform.runs ? launchableTypes(artifact.labels) : [];
  // skaha launches an image it does not list only with the user's registry credentials, even another tag of a
  // listed artifact: the buttons launch the listed tag when the one shown is not
  const api = useApi();
  const listed = useQuery({
    ...imageListQueryOptions(api),
    enabled: types.length > 0 && registry.host !== undefined,
  });
  const launch = registry.host
    ? launchImage({ host: registry.host, project, repository }, artifact, reference, listed.data)
    : undefined;
  const attrs = artifact.extra_attrs;
  const config = attrs.config;
  const none = t('images.detail.none');
  return (
    <>
      <Section title={t('images.detail.pull')}>
        {registry.isPending && <ListLoading rows={2} />}
        {registry.error !== undefined && <ErrorAlert error={registry.error} />}
        {!registry.isPending && registry.error === undefined && !pull && (
          <Text size="sm" c="dimmed">
            {t('images.detail.noRegistryHost')}
          </Text>
        )}
        {pull && (
          <Stack gap="xs">
            <CopyRow label={t('images.detail.pullReference')} value={pull} what="reference" />
            <CopyRow label={t('images.detail.dockerPull')} value={dockerPullCommand(pull)} what="docker" />
          </Stack>
        )}
      </Section>

      <Section title={t('images.detail.launch')}>
        <SessionTypeChips labels={artifact.labels} />
        {!platform.runs ? (
          <Alert role="note" variant="light" color="gray">
            {t('images.detail.wrongPlatform', { platform: platform.platform ?? '?' })}
          </Alert>
        ) : types.length === 0 ? (
          <Alert role="note" variant="light" color="gray">
            {/* a desktop-app label offers the image to running desktops, not as a session */}
            {t(
              artifact.labels.some((label) => label.name.toLowerCase() === 'desktop-app')
                ? 'images.detail.desktopAppOnly'
                : 'images.detail.notLaunchable',
            )}
          </Alert>
        ) : (
          launch && (
            <Stack gap="xs">
              <Group gap="sm" wrap="wrap">
                {types.map((type) => (
                  <Button
                    key={type}
                    component={Link}
                    to={paths.launch({ type, image: launch.image })}
                    leftSection={<IconPlayerPlay size={16} aria-hidden />}
                    styles={WRAPPING_LABEL}
                  >
                    {t('images.detail.launchAs', { type: labelName(type) })}
                  </Button>
                ))}
              </Group>
              <Text size="sm" c="dimmed">
                {launch.listedTag !== undefined
                  ? t('images.detail.launchHintListedTag', { tag: nameInSentence(launch.listedTag) })
                  : t(launch.unlisted ? 'images.detail.launchHintUnlisted' : 'images.detail.launchHint')}
              </Text>
            </Stack>
          )
        )}
      </Section>

      <Section title={t('images.detail.about')}>
        <Table variant="vertical" layout="fixed" withTableBorder={false}>
          <Table.Tbody>
            <Fact label={t('images.detail.digest')}>
              <Group gap={4} wrap="nowrap" align="start">
                <Text span ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {artifact.digest}
                </Text>
                <CopyTextButton value={artifact.digest} what="digest" />
              </Group>
            </Fact>
            <Fact label={t('images.detail.size')}>{formatBytes(artifact.size, i18n.language)}</Fact>
            <Fact label={t('images.detail.platform')}>
              {[attrs.os, attrs.architecture].filter(Boolean).join('/') || none}
            </Fact>
            <Fact label={t('images.detail.author')}>{attrs.author ?? none}</Fact>
            <Fact label={t('images.detail.created')}>
              {attrs.created === undefined ? none : formatTime(attrs.created, i18n.language)}
            </Fact>
            <Fact label={t('images.detail.pushed')}>
              {artifact.push_time === undefined ? none : formatTime(artifact.push_time, i18n.language)}
            </Fact>
            <Fact label={t('images.detail.pulled')}>
              {artifact.pull_time === undefined
                ? t('images.detail.never')
                : formatTime(artifact.pull_time, i18n.language)}
            </Fact>
            <Fact label={t('images.detail.workingDir')}>
              {config.WorkingDir ? <Code>{config.WorkingDir}</Code> : none}
            </Fact>
            <Fact label={t('images.detail.entrypoint')}>
              {config.Entrypoint.length > 0 ? <Code>{config.Entrypoint.join(' ')}</Code> : none}
            </Fact>
            <Fact label={t('images.detail.command')}>
              {config.Cmd.length > 0 ? <Code>{config.Cmd.join(' ')}</Code> : none}
            </Fact>
          </Table.Tbody>
        </Table>
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title={t('images.detail.environment')}>
          {config.Env.length === 0 ? (
            <Text size="sm">{none}</Text>
          ) : (
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {config.Env.join('\n')}
            </Code>
          )}
        </Section>
        <Section title={t('images.detail.imageLabels')}>
          {Object.keys(config.Labels).length === 0 ? (
            <Text size="sm">{none}</Text>
          ) : (
            <Table.ScrollContainer minWidth={280}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('images.detail.labelKey')}</Table.Th>
                    <Table.Th scope="col">{t('images.detail.labelValue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {Object.entries(config.Labels).map(([key, value]) => (
                    <Table.Tr key={key}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Code>
                          <PathText text={key} dotted />
                        </Code>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
      </SimpleGrid>

      <Section title={t('images.detail.tags')}>
        <ArtifactTags project={project} repository={repository} artifact={artifact} />
      </Section>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={{ base: 150, sm: 200 }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function CopyRow({ label, value, what }: { label: string; value: string; what: 'reference' | 'docker' }) {
  return (
    <div>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap={4} wrap="nowrap" align="center">
        <Code style={{ overflowWrap: 'anywhere' }} fz="sm">
          {value}
        </Code>
        <CopyTextButton value={value} what={what} />
      </Group>
    </div>
  );
}
