import { Select, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/api-context';
import { userProjectsQueryOptions } from '../../api/usage/usage-figures';
import { useCurrentUser } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { paths } from '../../lib/paths';
import { ScopeUsage } from './scope-usage';
import { StorageCard } from './storage-card';
import { useFiguresTime, useUsageWindow } from './use-usage-window';
import { WindowBar } from './window-bar';

/**
 * A project's usage for its PI. The projects offered are those the user's own sessions ran under (the
 * `label_canfar_net_project` values of their series); whether a project's figures are shown is the
 * label-enforcing proxy's decision, and a refusal is explained.
 */
export function ProjectUsage() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { project } = useParams();
  const [window, setWindow] = useUsageWindow();
  const time = useFiguresTime();
  const projects = useQuery(userProjectsQueryOptions(api, user.username, time));
  const options = [...new Set([...(projects.data ?? []), ...(project ? [project] : [])])];

  return (
    <Stack gap="md">
      <WindowBar window={window} onWindowChange={setWindow} time={time} />
      {projects.isError && <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />}
      {projects.isPending && (
        <Skeleton height={60} role="status" aria-busy="true" aria-label={t('usage.loading')} />
      )}
      {projects.data && (
        <Stack gap={4} maw={420}>
          <Select
            label={t('usage.projects.pick')}
            placeholder={t('usage.projects.pickPlaceholder')}
            data={options}
            value={project ?? null}
            onChange={(value) => {
              if (value) void navigate(paths.usageProject(value, window));
            }}
            allowDeselect={false}
            nothingFoundMessage={t('usage.projects.none')}
          />
          <Text size="sm" c="dimmed">
            {options.length === 0 ? t('usage.projects.none') : t('usage.projects.how')}
          </Text>
        </Stack>
      )}
      {project && (
        <ScopeUsage
          key={project}
          scope={{ kind: 'project', project }}
          window={window}
          time={time}
          forbidden={t('usage.projects.forbidden', { project })}
          fileName={`usage-project-${project}`}
        >
          <StorageCard path={`/projects/${project}`} title={t('usage.storage.project')} />
        </ScopeUsage>
      )}
    </Stack>
  );
}
