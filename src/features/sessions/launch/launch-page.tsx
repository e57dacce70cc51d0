import {
  Alert,
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCheck, IconCopy, IconRocket } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/http/api-error';
import {
  contextQueryOptions,
  imageListQueryOptions,
  platformStatsQueryOptions,
  repositoryHostsQueryOptions,
} from '../../../api/skaha/platform-queries';
import { launchReplicasMutationOptions, PartialLaunchError } from '../../../api/skaha/session-mutations';
import { sessionListQueryOptions } from '../../../api/skaha/session-queries';
import { isSessionAccessDenied } from '../../../api/skaha/access';
import { countsTowardsLimit, type LaunchableType } from '../../../api/skaha/session-schemas';
import {
  allocationFraction,
  allocationQueryOptions,
  homePath,
} from '../../../api/storage/allocation-queries';
import { useCurrentUser } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useFeature } from '../../../config/config-context';
import { paths } from '../../../lib/paths';
import { useFormatters } from '../format';
import { NoSessionAccess } from '../no-session-access';
import { canfarCreateCommand } from './cli-command';
import { HeadlessFields } from './headless-fields';
import { ImagePicker } from './image-picker';
import { toLaunchRequest } from './launch-request';
import { readLaunchState } from './launch-state';
import { recallLaunch, rememberLaunch } from './remembered-launch';
import { useLaunchForm } from './use-launch-form';
import { ResourceFields } from './resource-fields';
import { nameProblem, suggestName } from './session-name';
import { TypeChooser } from './type-chooser';

/** The launch form: every field in the URL (but the secret), so a trainer's link opens it filled in. */
export function LaunchPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const api = useApi();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const gpusEnabled = useFeature('gpu');
  const { state, update, replace } = useLaunchForm();
  const [secret, setSecret] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [progress, setProgress] = useState(0);

  const images = useQuery(imageListQueryOptions(api));
  const context = useQuery(contextQueryOptions(api));
  const hosts = useQuery(repositoryHostsQueryOptions(api));
  const stats = useQuery({ ...platformStatsQueryOptions(api), retry: false });
  const sessions = useQuery(sessionListQueryOptions(api));
  const home = useQuery(allocationQueryOptions(api, homePath(user.username)));
  const launch = useMutation(launchReplicasMutationOptions(api));

  function handleTypeChange(type: LaunchableType) {
    const recalled = recallLaunch(user.username, type);
    replace(recalled ?? { ...readLaunchState(new URLSearchParams()), type });
    setAttempted(false);
  }

  const taken = (sessions.data ?? []).map((session) => session.name);
  const name = state.name ?? suggestName(state.type, taken);
  const problem = nameProblem(name);
  const max = context.data?.maxInteractiveSessions;
  const active = (sessions.data ?? []).filter(countsTowardsLimit).length;
  const atLimit =
    state.type !== 'headless' && max !== undefined && sessions.data !== undefined && active >= max;
  const homeFraction = home.data ? allocationFraction(home.data) : undefined;
  const homeFull = homeFraction !== undefined && homeFraction >= 1;
  const homeNearlyFull = homeFraction !== undefined && homeFraction >= 0.9 && !homeFull;
  const imageMissing = state.image.trim() === '' || state.image.endsWith('/');
  const registryAuth = state.registryUser && secret ? { username: state.registryUser, secret } : undefined;
  const request = toLaunchRequest(state, name, {
    defaults: { cores: context.data?.cores.default, ram: context.data?.memoryGB.default },
    gpusEnabled,
    registryAuth,
  });
  const replicas = state.type === 'headless' ? state.replicas : 1;
  const blocked = atLimit || homeFull;

  function handleSubmit(event: { preventDefault: () => void }) {
    event.preventDefault();
    setAttempted(true);
    if (problem || imageMissing || blocked || launch.isPending) return;
    setProgress(0);
    launch.mutate(
      { request, replicas, onProgress: setProgress },
      {
        onSuccess: () => {
          rememberLaunch(user.username, state);
          void navigate(paths.sessions());
        },
      },
    );
  }

  const loadError = [images, context, hosts, sessions].find((query) => query.isError);
  const accessDenied = [sessions, context, images].find(
    (query) => query.data === undefined && isSessionAccessDenied(query.error),
  );
  if (accessDenied) {
    return (
      <Stack gap="md" maw={960}>
        <PageHeader title={t('sessions.launch.title')} description={t('sessions.launch.description')} />
        <NoSessionAccess error={accessDenied.error} />
      </Stack>
    );
  }
  const failure = launch.error instanceof PartialLaunchError ? launch.error.failure : launch.error;

  return (
    <Stack gap="md" maw={960}>
      <PageHeader title={t('sessions.launch.title')} description={t('sessions.launch.description')} />
      <Anchor component={Link} to={paths.sessions()} size="sm">
        {t('sessions.launch.back')}
      </Anchor>
      {loadError && <ErrorAlert error={loadError.error} onRetry={() => void loadError.refetch()} />}
      <form onSubmit={handleSubmit} noValidate aria-label={t('sessions.launch.title')}>
        <Stack gap="lg">
          <TypeChooser value={state.type} onChange={handleTypeChange} />
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <ImagePicker
                type={state.type}
                image={state.image}
                images={images.data ?? []}
                hosts={hosts.data ?? []}
                custom={state.custom}
                registryUser={state.registryUser}
                secret={secret}
                error={attempted && imageMissing ? t('sessions.launch.imageRequired') : undefined}
                onImageChange={(image, custom) => {
                  update({ image, custom });
                }}
                onRegistryUserChange={(registryUser) => {
                  update({ registryUser });
                }}
                onSecretChange={setSecret}
              />
              <TextInput
                label={t('sessions.launch.name')}
                description={
                  problem ? undefined : t('sessions.launch.namePreview', { name: name.toLowerCase() })
                }
                value={name}
                withAsterisk
                error={problem ? t(`sessions.launch.nameProblems.${problem}`) : undefined}
                onChange={(event) => {
                  update({ name: event.currentTarget.value });
                }}
                maw={420}
                autoComplete="off"
              />
            </Stack>
          </Paper>
          {context.data && (
            <Paper withBorder p="md" radius="md">
              <ResourceFields
                type={state.type}
                context={context.data}
                stats={stats.data}
                statsFailed={stats.isError}
                mode={state.resources}
                cores={state.cores}
                ram={state.ram}
                gpus={state.gpus}
                gpusEnabled={gpusEnabled}
                onChange={update}
              />
            </Paper>
          )}
          {state.type === 'headless' && (
            <Paper withBorder p="md" radius="md">
              <HeadlessFields
                cmd={state.cmd}
                args={state.args}
                argsSecret={state.argsSecret}
                env={state.env}
                replicas={state.replicas}
                onChange={update}
              />
            </Paper>
          )}
          <Stack gap="sm">
            {state.type !== 'headless' && max !== undefined && sessions.data && (
              <Text size="sm">{t('sessions.launch.interactiveCount', { count: active, max })}</Text>
            )}
            {atLimit && (
              <Alert color="orange" variant="light" id="launch-blocked-limit" role="status">
                {t('sessions.launch.limitReached', { max })}
              </Alert>
            )}
            {homeFull && (
              <Alert color="red" variant="light" id="launch-blocked-home" role="status">
                {t('sessions.launch.homeFull')}
              </Alert>
            )}
            {homeNearlyFull && (
              <Alert color="yellow" variant="light" role="status">
                {t('sessions.launch.homeNearlyFull', { percent: format.percent(homeFraction) })}
              </Alert>
            )}
            {failure !== null && failure !== undefined && !launch.isPending && (
              <ErrorAlert
                error={failure}
                title={t('sessions.launch.rejected')}
                onRetry={
                  isWorthRetrying(launch.error)
                    ? () => {
                        handleSubmit({ preventDefault: () => undefined });
                      }
                    : undefined
                }
              />
            )}
            {launch.error instanceof PartialLaunchError && (
              <Text size="sm" role="status">
                {t('sessions.launch.partial', { launched: launch.error.launched.length, count: replicas })}
              </Text>
            )}
            {launch.isPending && replicas > 1 && (
              <Stack gap={4}>
                <Progress
                  value={(progress / replicas) * 100}
                  aria-label={t('sessions.launch.progressLabel')}
                  animated
                />
                <Text size="sm" aria-live="polite">
                  {t('sessions.launch.progress', { launched: progress, count: replicas })}
                </Text>
              </Stack>
            )}
            <Group gap="sm">
              <Button
                type="submit"
                leftSection={<IconRocket size={16} aria-hidden />}
                loading={launch.isPending}
                disabled={blocked}
                aria-describedby={
                  atLimit ? 'launch-blocked-limit' : homeFull ? 'launch-blocked-home' : undefined
                }
              >
                {replicas > 1
                  ? t('sessions.launch.submitReplicas', { count: replicas })
                  : t('sessions.launch.submit')}
              </Button>
            </Group>
          </Stack>
          <Paper withBorder p="md" radius="md">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600} size="sm">
                  {t('sessions.launch.cli')}
                </Text>
                <CopyButton value={canfarCreateCommand(request, replicas)}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={copy}
                      leftSection={
                        copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                      }
                    >
                      {copied ? t('sessions.launch.copied') : t('sessions.launch.copyCli')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {canfarCreateCommand(request, replicas)}
              </Code>
            </Stack>
          </Paper>
        </Stack>
      </form>
    </Stack>
  );
}

/**
 * A launch that failed for want of an answer (5xx, no network, a timeout, an expired sign-in now renewed)
 * may pass as it is; skaha's 4xx refusals need the form changed, and a partial replica launch would start
 * the launched replicas twice.
 */
function isWorthRetrying(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind !== 'http' || error.status >= 500 || error.status === 401;
}
