import { Blockquote, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/http/api-error';
import { useConfig } from '@/config/config-context';

/**
 * The one explanation shown in place of the sessions pages when skaha refuses the account (403 on every call),
 * with skaha's own words and, when the deployment says where, the way to ask for access.
 */
export function NoSessionAccess({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const requestAccess = useConfig().links?.requestAccess;
  const said = isApiError(error) ? error.message.trim() : '';
  const external = requestAccess !== undefined && !requestAccess.startsWith('/');
  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby="no-session-access" maw={720}>
      <Stack gap="sm">
        <Title order={2} size="h3" id="no-session-access">
          {t('sessions.noAccess.title')}
        </Title>
        <Text>{t('sessions.noAccess.explanation')}</Text>
        {said !== '' && (
          <Blockquote
            icon={<IconLock size={18} aria-hidden />}
            iconSize={30}
            color="gray"
            p="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {said}
          </Blockquote>
        )}
        {requestAccess ? (
          <Button
            component="a"
            href={requestAccess}
            w="fit-content"
            {...(external
              ? {
                  target: '_blank',
                  rel: 'noopener noreferrer',
                  rightSection: <IconExternalLink size={14} aria-hidden />,
                }
              : {})}
          >
            {t('sessions.noAccess.request')}
          </Button>
        ) : (
          <Text>{t('sessions.noAccess.askSupport')}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('sessions.noAccess.stillAvailable')}
        </Text>
      </Stack>
    </Paper>
  );
}
