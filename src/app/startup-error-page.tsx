import { Code, Container, Stack, Table, Text, Title } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ReloadButton } from '../components/reload-button';
import type { ConfigResult } from '../config/load-config';
import { ThemedProviders } from './providers';

export type StartupProblem =
  Exclude<ConfigResult, { ok: true }> | { ok: false; reason: 'startup'; detail: string };

/** Never a blank screen: a deployer sees which key of config.json is wrong, a user what stopped the start. */
export function StartupErrorPage({ problem, i18n }: { problem: StartupProblem; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProviders>
        <Container component="main" size="sm" py="xl">
          {problem.reason === 'startup' ? (
            <StartupFailure detail={problem.detail} />
          ) : (
            <ConfigFailure problem={problem} />
          )}
        </Container>
      </ThemedProviders>
    </I18nextProvider>
  );
}

function StartupFailure({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('startup.title')}
      </Title>
      <Text role="alert" style={{ overflowWrap: 'anywhere' }}>
        {t('startup.body', { detail })}
      </Text>
      <ReloadButton w="fit-content" />
    </Stack>
  );
}

function ConfigFailure({ problem }: { problem: Exclude<StartupProblem, { reason: 'startup' }> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('config.title')}
      </Title>
      <Text>{t('config.intro')}</Text>
      {problem.reason === 'missing' && (
        <Text role="alert">{t('config.missing', { detail: problem.detail })}</Text>
      )}
      {problem.reason === 'not-json' && (
        <Text role="alert">{t('config.notJson', { detail: problem.detail })}</Text>
      )}
      {problem.reason === 'invalid' && (
        <Table role="alert" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('config.key')}</Table.Th>
              <Table.Th scope="col">{t('config.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problem.problems.map((entry) => (
              <Table.Tr key={`${entry.key}:${entry.message}`}>
                <Table.Td>
                  <Code>{entry.key || t('config.root')}</Code>
                </Table.Td>
                <Table.Td>{entry.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text>{t('config.help')}</Text>
    </Stack>
  );
}
