import { Code, Container, List, Stack, Table, Text, Title } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ConfigResult } from '../config/load-config';
import { ThemedProviders } from './providers';

type ConfigFailure = Exclude<ConfigResult, { ok: true }>;

/** Never a blank screen: a deployer sees which key of config.json is wrong. */
export function ConfigErrorPage({ failure, i18n }: { failure: ConfigFailure; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProviders>
        <ConfigErrorContent failure={failure} />
      </ThemedProviders>
    </I18nextProvider>
  );
}

function ConfigErrorContent({ failure }: { failure: ConfigFailure }) {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('config.title')}
        </Title>
        <Text>{t('config.intro')}</Text>
        {failure.reason === 'missing' && (
          <Text role="alert">{t('config.missing', { detail: failure.detail })}</Text>
        )}
        {failure.reason === 'not-json' && (
          <Text role="alert">{t('config.notJson', { detail: failure.detail })}</Text>
        )}
        {failure.reason === 'invalid' && (
          <Table role="alert" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('config.key')}</Table.Th>
                <Table.Th scope="col">{t('config.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {failure.problems.map((problem) => (
                <Table.Tr key={`${problem.key}:${problem.message}`}>
                  <Table.Td>
                    <Code>{problem.key || t('config.root')}</Code>
                  </Table.Td>
                  <Table.Td>{problem.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <List>
          <List.Item>{t('config.help')}</List.Item>
        </List>
      </Stack>
    </Container>
  );
}
