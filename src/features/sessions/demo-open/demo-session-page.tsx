import { Anchor, Card, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Session } from '@/api/skaha/session-schemas';
import { ErrorAlert } from '@/components/error-alert';
import { NameText } from '@/components/name-text';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeader } from '@/components/page-header';
import { useConfig } from '@/config/config-context';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { useSessions } from '../dashboard/use-sessions';
import { useSessionLabels } from '../session-labels';
import { SessionTypeIcon } from '../session-type-icon';

/** The interactive types a session's Open leads to; headless jobs and desktop apps have no page of their own. */
const OPENABLE = ['notebook', 'desktop', 'carta', 'firefly', 'contributed'] as const;
type OpenableType = (typeof OPENABLE)[number];
const isOpenable = (type: string): type is OpenableType => OPENABLE.some((known) => known === type);

/**
 * `/sessions/open/<id>`, demo mode only: where a session's Open leads in the demo. The fake platform's
 * sessions have canfar.net addresses that nothing serves, so workshop exercises that say "Open it" land here,
 * on a stand-in for the session's own page.
 */
export function DemoSessionPage() {
  const { mocks } = useConfig();
  if (!mocks) return <NotFoundPage />;
  return <DemoSession />;
}

function DemoSession() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const sessions = useSessions();
  const back = (
    <Anchor component={Link} to={paths.sessions()}>
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('sessions.demoOpen.back')}
      </Group>
    </Anchor>
  );
  if (sessions.isPending) {
    return (
      <Center mih="40vh">
        <Loader aria-label={t('sessions.loading')} />
      </Center>
    );
  }
  if (sessions.isError) {
    return <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;
  }
  const session = sessions.data.find((candidate) => candidate.id === id);
  if (session?.status !== 'Running' || !isOpenable(session.type)) {
    return (
      <Stack gap="sm">
        <PageHeader title={t('sessions.demoOpen.notOpenTitle')} />
        <Text>{t('sessions.demoOpen.notOpen', { id: nameInSentence(id) })}</Text>
        {back}
      </Stack>
    );
  }
  return <SessionStandIn session={session} type={session.type} back={back} />;
}

function SessionStandIn({ session, type, back }: { session: Session; type: OpenableType; back: ReactNode }) {
  const { t } = useTranslation();
  const { typeLabel } = useSessionLabels();
  const title = t(`sessions.demoOpen.wouldOpen.${type}`);
  return (
    <Stack gap="md">
      {back}
      <PageHeader title={title} description={t('sessions.demoOpen.explanation')} />
      <Card withBorder radius="md" padding={0}>
        {/* the stand-in's title bar, as the session's own tab would show it */}
        <Group gap="xs" px="md" py="xs" bg="var(--mantine-color-default-hover)" wrap="nowrap">
          <SessionTypeIcon type={type} />
          <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {session.name}
          </Title>
        </Group>
        <Table variant="vertical" layout="fixed" withRowBorders={false} m="md" w="auto">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={120}>{t('sessions.name')}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{session.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('sessions.type')}</Table.Th>
              <Table.Td>{typeLabel(type)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('sessions.demoOpen.image')}</Table.Th>
              <Table.Td>
                <NameText size="sm" name={session.image} lines={2} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('sessions.demoOpen.id')}</Table.Th>
              <Table.Td>{session.id}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
