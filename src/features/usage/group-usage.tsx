import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '@/api/api-context';
import { groupQueryOptions } from '@/api/ac/group-queries';
import { groupPeople, type GmsGroup } from '@/api/ac/group-xml';
import { isApiError } from '@/api/http/api-error';
import { ErrorAlert } from '@/components/error-alert';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { MembersSection } from './members-section';
import { StorageCard } from './storage-card';
import { TopSessions } from './top-sessions';
import { EfficiencyPanel, TotalsGrid } from './totals-panel';
import { useGroupUsage } from './use-group-usage';
import type { UsagePeriod } from './use-usage-window';
import { UsageErrorAlert } from './usage-error-alert';

const refused = (error: unknown) => isApiError(error) && error.status === 403;
const missing = (error: unknown) => isApiError(error) && error.status === 404;

/** A CADC group's usage: its members from GMS, each one's figures by username, and its project folder. */
export function GroupUsage({ name, period }: { name: string; period: UsagePeriod }) {
  const { t } = useTranslation();
  const api = useApi();
  const group = useQuery(groupQueryOptions(api, name));
  return (
    <Stack gap="md">
      {group.isPending && (
        <Skeleton height={90} role="status" aria-busy="true" aria-label={t('usage.loading')} />
      )}
      {group.isError &&
        (refused(group.error) ? (
          <Text role="alert">{t('usage.groups.forbidden', { group: nameInSentence(name) })}</Text>
        ) : missing(group.error) ? (
          // a mistyped or old link, not a failing service: said plainly, with the way back to the user's own
          <Alert role="status" variant="light" color="gray">
            <Stack gap="xs" align="flex-start">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('usage.groups.missing', { group: nameInSentence(name) })}
              </Text>
              <Anchor component={Link} to={paths.usageProjects(period.params)} size="sm">
                {t('usage.groups.toProjects')}
              </Anchor>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={group.error} onRetry={() => void group.refetch()} />
        ))}
      {group.data && <GroupFigures group={group.data} period={period} />}
      {group.data && <StorageCard path={`/projects/${name}`} title={t('usage.storage.project')} />}
    </Stack>
  );
}

function GroupFigures({ group, period }: { group: GmsGroup; period: UsagePeriod }) {
  const { t } = useTranslation();
  const people = groupPeople(group);
  const usage = useGroupUsage(people, period);
  const fileName = `usage-group-${group.name}`;
  const roles = new Map(people.map((username) => [username, roleOf(group, username)]));
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3">
          {group.name}
        </Title>
        <Text size="sm" c="dimmed">
          {[group.description, t('usage.groups.summary', { count: people.length, owner: group.owner ?? '—' })]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {usage.error !== undefined &&
        (refused(usage.error) ? (
          <Text role="alert">{t('usage.groups.forbidden', { group: nameInSentence(group.name) })}</Text>
        ) : (
          <UsageErrorAlert error={usage.error} onRetry={usage.retry} />
        ))}
      {usage.error === undefined && !usage.isReady && (
        <Skeleton height={200} role="status" aria-busy="true" aria-label={t('usage.loading')} />
      )}
      {usage.error === undefined && usage.isReady && (
        <>
          <TotalsGrid totals={usage.totals} previous={usage.previous} period={period} />
          <EfficiencyPanel totals={usage.totals} sessions={usage.sessions} of="members" />
          <MembersSection
            members={usage.members}
            roleOf={(username) => t(`usage.groups.role.${roles.get(username) ?? 'member'}`)}
            fileName={`${fileName}-members-${period.slug}`}
          />
          <TopSessions
            sessions={usage.sessions}
            withUser
            period={period}
            fileName={`${fileName}-top-sessions-${period.slug}`}
          />
        </>
      )}
    </Stack>
  );
}

function roleOf(group: GmsGroup, username: string): 'owner' | 'admin' | 'member' {
  if (group.owner === username) return 'owner';
  return group.admins.includes(username) ? 'admin' : 'member';
}
