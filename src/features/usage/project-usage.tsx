import { Anchor, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '@/api/api-context';
import { ledGroupsQueryOptions } from '@/api/ac/group-queries';
import { userProjectsQueryOptions } from '@/api/usage/usage-figures';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { isolateName, nameInSentence, revealBidiControls } from '@/lib/names';
import { paths } from '@/lib/paths';
import { GroupUsage } from './group-usage';
import { pickerHelp } from './picker-help';
import { ScopeUsage } from './scope-usage';
import { StorageCard } from './storage-card';
import { useUsageTitle } from './use-usage-title';
import { useFiguresTime, useUsagePeriod, type UsagePeriod } from './use-usage-window';
import { WindowBar } from './window-bar';

// skaha stamps `canfar.net/project=default` on every session (platform-api §10.3): that label is no project.
const DEFAULT_LABEL = 'default';

/**
 * A project's usage for its PI. A project is first a CADC group the user owns or administers (GMS), read
 * member by member; where a deployment sets the `canfar.net/project` label, the label values the user's own
 * sessions ran under are offered too, and the usage proxy decides whether their figures are shown.
 */
export function ProjectUsage() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { project, group } = useParams();
  const { period, setWindow, setRange } = useUsagePeriod();
  // the project labels of the last year up to now, whatever the period
  const time = useFiguresTime();
  const groups = useQuery(ledGroupsQueryOptions(api));
  const labels = useQuery(userProjectsQueryOptions(api, user.username, time));
  const groupNames = [...new Set([...(groups.data ?? []).map((led) => led.name), ...(group ? [group] : [])])];
  const labelNames = [
    ...new Set([
      ...(labels.data ?? []).filter((name) => name !== DEFAULT_LABEL),
      ...(project ? [project] : []),
    ]),
  ];
  const data = [
    ...(groupNames.length > 0
      ? [
          {
            group: t('usage.groups.pickGroups'),
            items: groupNames.map((name) => ({ value: `group:${name}`, label: revealBidiControls(name) })),
          },
        ]
      : []),
    ...(labelNames.length > 0
      ? [
          {
            group: t('usage.groups.pickLabels'),
            items: labelNames.map((name) => ({ value: `label:${name}`, label: revealBidiControls(name) })),
          },
        ]
      : []),
  ];
  const selected = group ? `group:${group}` : project ? `label:${project}` : null;
  const isPending = groups.isPending || labels.isPending;
  const help = pickerHelp({
    leadsGroups: (groups.data ?? []).length > 0,
    hasLabels: labelNames.length > 0,
    picked: group ? 'group' : project ? 'label' : undefined,
  });
  // nothing picked yet: each of the user's groups and projects one click away, rather than an empty page
  // a name can be both a group and a project label, which lead to different pages: each link says which
  const choices = [
    ...groupNames.map((name) => ({
      text: t('usage.projects.choiceGroup', { name: isolateName(revealBidiControls(name)) }),
      to: paths.usageGroup(name, period.params),
    })),
    ...labelNames.map((name) => ({
      text: t('usage.projects.choiceLabel', { name: isolateName(revealBidiControls(name)) }),
      to: paths.usageProject(name, period.params),
    })),
  ];
  const choicesId = useId();
  useUsageTitle(
    group
      ? t('usage.titles.group', { group: nameInSentence(group) })
      : project
        ? t('usage.titles.project', { project: nameInSentence(project) })
        : t('usage.titles.projects'),
  );

  return (
    <Stack gap="md">
      <WindowBar period={period} onWindowChange={setWindow} onRangeChange={setRange} time={period.time} />
      {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
      {labels.isError && <ErrorAlert error={labels.error} onRetry={() => void labels.refetch()} />}
      {isPending && <Skeleton height={60} role="status" aria-busy="true" aria-label={t('usage.loading')} />}
      {!isPending && (
        <Stack gap={4} maw={420}>
          <Select
            label={t('usage.projects.pick')}
            placeholder={t('usage.projects.pickPlaceholder')}
            data={data}
            value={selected}
            onChange={(value) => {
              if (value?.startsWith('group:')) void navigate(paths.usageGroup(value.slice(6), period.params));
              else if (value?.startsWith('label:'))
                void navigate(paths.usageProject(value.slice(6), period.params));
            }}
            allowDeselect={false}
            nothingFoundMessage={t('usage.groups.none')}
          />
          {selected === null && choices.length > 0 && (
            <Stack gap={2} component="nav" aria-labelledby={choicesId}>
              <Text size="sm" id={choicesId}>
                {t('usage.projects.choices')}
              </Text>
              <Group gap="xs" wrap="wrap">
                {choices.map((choice) => (
                  <Anchor
                    key={choice.to}
                    component={Link}
                    to={choice.to}
                    size="sm"
                    style={{ overflowWrap: 'anywhere', maxWidth: '100%' }}
                  >
                    {choice.text}
                  </Anchor>
                ))}
              </Group>
            </Stack>
          )}
          {/* the two kinds count different people: say which one is shown, or which ones can be picked */}
          <Text size="sm" c="dimmed">
            {help.map((key) => t(`usage.groups.${key}`)).join(' ')}
          </Text>
        </Stack>
      )}
      {group && !period.error && <GroupUsage key={group} name={group} period={period} />}
      {project && !period.error && (
        <ScopeUsage
          key={project}
          scope={{ kind: 'project', project }}
          period={period}
          forbidden={t('usage.projects.forbidden', { project: nameInSentence(project) })}
          whenRefused={<OwnSessionsIn project={project} period={period} username={user.username} />}
          fileName={`usage-project-${project}`}
        >
          <StorageCard path={`/projects/${project}`} title={t('usage.storage.project')} />
        </ScopeUsage>
      )}
    </Stack>
  );
}

interface OwnSessionsInProps {
  project: string;
  username: string;
  period: UsagePeriod;
}

/** A member's own sessions under a project label, which the usage service shows them when the whole is the PI's. */
function OwnSessionsIn({ project, username, period }: OwnSessionsInProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('usage.projects.yours', { project: nameInSentence(project) })}
      </Title>
      <ScopeUsage
        scope={{ kind: 'project', project, username }}
        period={period}
        fileName={`usage-project-${project}-${username}`}
      />
    </Stack>
  );
}
