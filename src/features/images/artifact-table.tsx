import { Anchor, Badge, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HarborArtifact } from '@/api/harbor/artifact-schemas';
import { imagePlatform } from '@/api/harbor/image-platform';
import { formatBytes } from '@/lib/format-bytes';
import { paths } from '@/lib/paths';
import { CopyTextButton } from './copy-text-button';
import { formatTime } from './format';
import { artifactReference, launchableTypes, pullReference, shortDigest } from './image-reference';
import { LaunchMenu } from './launch-menu';
import { SessionTypeChips } from './session-type-chips';
import { useRegistryHost } from './use-harbor-api';
import { NARROW_TABLE } from './visibility-badge';

const TAGS_SHOWN = 3;

interface ArtifactTableProps {
  project: string;
  repository: string;
  artifacts: readonly HarborArtifact[];
}

/**
 * One page of a repository's artifacts. On a small screen the columns it hides (display:none, which hides
 * them from screen readers too) are said in the first cell instead, so nothing is lost at 320 px.
 */
export function ArtifactTable({ project, repository, artifacts }: ArtifactTableProps) {
  const { t, i18n } = useTranslation();
  const { host, isPending: isHostPending } = useRegistryHost();
  return (
    <Table.ScrollContainer minWidth={NARROW_TABLE}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('images.artifacts.tags')}</Table.Th>
            <Table.Th scope="col" visibleFrom="md">
              {t('images.artifacts.digest')}
            </Table.Th>
            <Table.Th scope="col" ta="end" visibleFrom="sm">
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
            // what the row's buttons name it by
            const name = first ? first.name : shortDigest(artifact.digest);
            const platformName = [attrs.os, attrs.architecture].filter(Boolean).join('/');
            const size = formatBytes(artifact.size, i18n.language);
            const pushed =
              artifact.push_time === undefined ? '' : formatTime(artifact.push_time, i18n.language);
            return (
              <Table.Tr key={artifact.id}>
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 110 }}>
                  <Group gap={4} wrap="wrap">
                    <Anchor
                      component={Link}
                      to={paths.imageArtifact(project, repository, reference)}
                      fw={500}
                    >
                      {name}
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
                        // a long tag wraps rather than being cut to an ellipsis with a mouse-only title
                        h="auto"
                        py={2}
                        styles={{
                          label: { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: 1.4 },
                        }}
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
                  {/* a small screen's hidden columns, said here: display:none hides them from everyone */}
                  <Group hiddenFrom="md" gap={4} wrap="wrap" mt={4}>
                    <Text span ff="monospace" size="xs">
                      {shortDigest(artifact.digest)}
                    </Text>
                    <CopyTextButton value={artifact.digest} what="digest" of={name} />
                    {platformName && (
                      <Text span size="xs" c="dimmed">
                        {platformName}
                      </Text>
                    )}
                  </Group>
                  <Stack hiddenFrom="sm" gap={4}>
                    <Text size="xs" c="dimmed">
                      {pushed ? `${size} · ${t('images.artifacts.pushedOn', { time: pushed })}` : size}
                    </Text>
                    <SessionTypeChips labels={artifact.labels} />
                  </Stack>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Group gap={2} wrap="nowrap">
                    <Text span ff="monospace" size="xs">
                      {shortDigest(artifact.digest)}
                    </Text>
                    <CopyTextButton value={artifact.digest} what="digest" of={name} />
                  </Group>
                </Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }} visibleFrom="sm">
                  {size}
                </Table.Td>
                <Table.Td visibleFrom="sm">{pushed}</Table.Td>
                <Table.Td visibleFrom="md">{platformName}</Table.Td>
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
                      name={name}
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
