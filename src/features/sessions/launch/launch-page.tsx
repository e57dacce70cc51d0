import { Anchor, Box, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '@/api/api-context';
import {
  contextQueryOptions,
  imageListQueryOptions,
  platformStatsQueryOptions,
  repositoryHostsQueryOptions,
} from '@/api/skaha/platform-queries';
import { replicaRequests } from '@/api/skaha/session-mutations';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import { isSessionAccessDenied } from '@/api/skaha/access';
import { allocationFraction, allocationQueryOptions, homePath } from '@/api/storage/allocation-queries';
import { useAuthStatus, useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useFeature } from '@/config/config-context';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { launchedState } from '../launched-arrival';
import { NoSessionAccess } from '../no-session-access';
import { canfarCreateCommand } from './cli-command';
import { isSecretRow } from './launch-secrets';
import { CliPanel } from './cli-panel';
import { CopyLinkButton } from './copy-link-button';
import { LaunchPresets } from './presets/launch-presets';
import { HeadlessFields } from './headless-fields';
import { ImagePicker } from './image-picker';
import { ImagePlatformNotice } from './image-platform-notice';
import { isPublicImage } from './image-ref';
import {
  isNotSentForSignIn,
  LaunchOutcomeNotice,
  NOT_SENT_ID,
  UNKNOWN_OUTCOME_ID,
} from './launch-outcome-notice';
import { knownLaunchMessage } from './launch-messages';
import { canSend, cliProblem, launchReadiness, type Readiness } from './launch-readiness';
import { toLaunchRequest, unofferedResources, type UnofferedResources } from './launch-request';
import type { LaunchFormState } from './launch-state';
import { BLOCKER_IDS, LaunchStatus, ReplicaProgress } from './launch-status';
import { DUPLICATE_NOTICE_ID, NameField } from './name-field';
import { rememberLaunch } from './remembered-launch';
import { ResourceFields } from './resource-fields';
import { RestoredNotice } from './restored-notice';
import { TypeChooser, type TypeChooserHandle } from './type-chooser';
import { UnavailableNotice } from './unavailable-notice';
import { useLaunchAttempt } from './use-launch-attempt';
import { useLaunchForm } from './use-launch-form';
import { BusyButton } from '@/components/busy-button';

const DESCRIBED_BY = {
  limit: BLOCKER_IDS.limit,
  home: BLOCKER_IDS.home,
  duplicate: DUPLICATE_NOTICE_ID,
  job: BLOCKER_IDS.job,
};

/**
 * The launch form: every field in the URL (but the secret), so a trainer's link opens it filled in. What may
 * be sent is decided by launch-readiness.ts; this page loads what that needs, lays the form out and sends.
 */
export function LaunchPage() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const gpusEnabled = useFeature('gpu');
  const { state, update, replace, chooseType, restored, resetToDefaults } = useLaunchForm();
  const [secret, setSecret] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [unavailable, setUnavailable] = useState<UnofferedResources>();
  const launchButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const typeChooser = useRef<TypeChooserHandle>(null);
  const authStatus = useAuthStatus();

  const images = useQuery(imageListQueryOptions(api));
  const context = useQuery(contextQueryOptions(api));
  const hosts = useQuery(repositoryHostsQueryOptions(api));
  const stats = useQuery({ ...platformStatsQueryOptions(api), retry: false });
  const sessions = useQuery(sessionListQueryOptions(api));
  const home = useQuery(allocationQueryOptions(api, homePath(user.username)));
  const onLaunched = useCallback(
    (form: LaunchFormState, leave: boolean, ids?: readonly string[]) => {
      rememberLaunch(user.username, form);
      const [first] = ids ?? [];
      // the new session's tile takes focus once the dashboard shows it
      if (leave) void navigate(paths.sessions(), first === undefined ? {} : { state: launchedState(first) });
    },
    [navigate, user.username],
  );
  const attempt = useLaunchAttempt(onLaunched);
  const { outcome } = attempt;
  const outcomeUnknown = outcome.phase === 'unknown';
  const busy = outcome.phase === 'sending' || outcome.phase === 'checking' || outcome.phase === 'launched';

  const offered = context.data && {
    cores: context.data.cores.options,
    ram: context.data.memoryGB.options,
    gpus: context.data.gpus.options,
  };
  const unoffered = offered && unofferedResources(state, offered, gpusEnabled);
  if (unoffered) {
    // Values a link, preset or remembered launch asked for that this platform does not offer: skaha would
    // refuse them and the pickers cannot show them, so they are dropped, once, and the notice says so.
    update({
      ...(unoffered.cores !== undefined && { cores: undefined }),
      ...(unoffered.ram !== undefined && { ram: undefined }),
      ...(unoffered.gpus !== undefined && { gpus: undefined }),
    });
    setUnavailable(unoffered);
  }

  const homeFraction = home.data ? allocationFraction(home.data) : undefined;
  // skaha asks for registry credentials for any image not on its public list, whatever the type it is launched
  // as (platform-api §1.6); without the list, for an image given as private
  const asksCredentials = (form: LaunchFormState) =>
    images.data === undefined
      ? form.custom
      : (form.custom || form.image !== '') && !isPublicImage(form.image, images.data);
  const readinessOf = (form: LaunchFormState): Readiness =>
    launchReadiness({
      state: form,
      sessions: sessions.data,
      reserved: attempt.reserved,
      maxInteractive: context.data?.maxInteractiveSessions,
      homeFraction,
      registry: asksCredentials(form) ? { user: form.registryUser, secret } : undefined,
      hosts: hosts.data,
    });
  const requestOf = (form: LaunchFormState, name: string) =>
    toLaunchRequest(form, name, {
      defaults: { cores: context.data?.cores.default, ram: context.data?.memoryGB.default },
      offered,
      gpusEnabled,
      registryAuth: form.registryUser && secret ? { username: form.registryUser, secret } : undefined,
    });
  const readiness = readinessOf(state);
  const request = requestOf(state, readiness.name);

  /**
   * Sends the form as it is, or as `form` when a button changes it and launches in one click. The name is
   * fixed here: a launch sent again is sent under the name it first had.
   */
  function submit(form: LaunchFormState = state) {
    const ready = readinessOf(form);
    // rendered at once, so the keyboard can be taken to the first field that says what is missing
    flushSync(() => {
      setAttempted(true);
    });
    if (!canSend(ready)) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (busy) return;
    attempt.launch(form, replicaRequests(requestOf(form, ready.name), ready.replicas));
  }

  const loadError = [images, context, hosts, sessions].find((query) => query.isError);
  const accessDenied = [sessions, context, images].find(
    (query) => query.data === undefined && isSessionAccessDenied(query.error),
  );
  if (accessDenied) {
    return (
      <Stack gap="md" maw={960}>
        <PageHeader title={t('launch.form.title')} description={t('launch.form.description')} />
        <NoSessionAccess error={accessDenied.error} />
      </Stack>
    );
  }
  const { replicas, blocker } = readiness;
  const refusal = outcome.phase === 'refused' ? knownLaunchMessage(outcome.error) : undefined;
  const secretKeys = new Set(
    state.type === 'headless' ? state.env.filter(isSecretRow).map((row) => row.key.trim()) : [],
  );

  return (
    <Stack gap="md" maw={960}>
      <PageHeader title={t('launch.form.title')} description={t('launch.form.description')} />
      <Anchor component={Link} to={paths.sessions()} size="sm">
        {t('launch.form.back')}
      </Anchor>
      {loadError && <ErrorAlert error={loadError.error} onRetry={() => void loadError.refetch()} />}
      <LaunchPresets state={state} onApply={replace} />
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
        aria-label={t('launch.form.title')}
      >
        <Stack gap="lg">
          <TypeChooser ref={typeChooser} value={state.type} onChange={chooseType} />
          {/* Under the cards, so it coming and going as types are switched never moves them under the pointer. */}
          {restored && (
            <RestoredNotice
              type={state.type}
              onReset={() => {
                // the button leaves with the notice: the keyboard goes to the type whose defaults are shown
                flushSync(resetToDefaults);
                typeChooser.current?.focus();
              }}
            />
          )}
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <ImagePicker
                type={state.type}
                image={state.image}
                images={images.data}
                listFailed={images.isError}
                hosts={hosts.data ?? []}
                custom={state.custom}
                asksCredentials={asksCredentials(state)}
                registryUser={state.registryUser}
                secret={secret}
                error={
                  attempted && readiness.imageMissing
                    ? t('launch.form.imageRequired')
                    : readiness.imageOffRegistry
                      ? t('launch.form.imageOffRegistry', { hosts: (hosts.data ?? []).join(', ') })
                      : readiness.imageOtherRegistry !== undefined
                        ? t('launch.form.imageOtherRegistry', {
                            // from the image, which a link can write
                            host: nameInSentence(readiness.imageOtherRegistry),
                            hosts: (hosts.data ?? []).join(', '),
                          })
                        : undefined
                }
                registryColon={readiness.registryColon}
                registryMissing={attempted ? readiness.registryMissing : []}
                onImageChange={(image, custom) => {
                  update({ image, custom });
                }}
                onRegistryUserChange={(registryUser) => {
                  update({ registryUser });
                }}
                onSecretChange={setSecret}
              />
              {state.image !== '' && <ImagePlatformNotice image={state.image} harborHost={hosts.data?.[0]} />}
              <NameField
                readiness={readiness}
                pending={busy}
                onChange={(name) => {
                  update({ name });
                }}
                onLaunchAs={(name) => {
                  // The pressed button leaves with the duplicate; Launch, enabled by the free name once it is
                  // rendered, keeps the keyboard's place while the launch is sent or if the form stays.
                  flushSync(() => {
                    update({ name });
                  });
                  launchButton.current?.focus();
                  submit({ ...state, name });
                }}
              />
            </Stack>
          </Paper>
          {context.data ? (
            <Paper withBorder p="md" radius="md">
              {unavailable && (
                <Box mb="md">
                  <UnavailableNotice unavailable={unavailable} context={context.data} />
                </Box>
              )}
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
                onChange={(patch) => {
                  update(patch);
                  setUnavailable(undefined);
                }}
              />
            </Paper>
          ) : (
            // about the section's height, so Launch moves little when the platform's limits arrive
            context.isPending && <Skeleton height={250} radius="md" aria-hidden />
          )}
          {state.type === 'headless' && (
            <Paper withBorder p="md" radius="md">
              <HeadlessFields
                cmd={state.cmd}
                args={state.args}
                argsSecret={state.argsSecret}
                env={state.env}
                replicas={state.replicas}
                replicasProblem={readiness.replicasProblem}
                attempted={attempted}
                onChange={update}
              />
            </Paper>
          )}
          <Stack gap="sm">
            <LaunchStatus
              readiness={readiness}
              interactive={state.type !== 'headless'}
              maxInteractive={context.data?.maxInteractiveSessions}
              sessionsKnown={sessions.data !== undefined}
              countPending={context.isPending || sessions.isPending}
              homeFraction={homeFraction}
              refusedAtLimit={refusal?.key === 'limit' ? refusal.max : undefined}
            />
            <LaunchOutcomeNotice
              outcome={outcome}
              job={attempt.job}
              onResubmit={() => {
                submit();
              }}
              onRetry={attempt.retry}
              onDismiss={attempt.dismiss}
              launchButton={launchButton}
            />
            {outcome.phase === 'sending' && attempt.job && attempt.job.requests.length > 1 && (
              <ReplicaProgress launched={attempt.progress} replicas={attempt.job.requests.length} />
            )}
            {/* Form actions: Launch first; further actions on the form go beside it. */}
            <Group gap="sm">
              <BusyButton
                ref={launchButton}
                type="submit"
                leftSection={<IconRocket size={16} aria-hidden />}
                busy={busy}
                disabled={blocker !== undefined || outcomeUnknown}
                aria-describedby={
                  outcomeUnknown
                    ? UNKNOWN_OUTCOME_ID
                    : blocker
                      ? DESCRIBED_BY[blocker]
                      : isNotSentForSignIn(outcome, authStatus)
                        ? NOT_SENT_ID
                        : undefined
                }
              >
                {replicas > 1
                  ? t('launch.form.submitReplicas', { count: replicas })
                  : t('launch.form.submit')}
              </BusyButton>
            </Group>
            <CopyLinkButton state={state} />
          </Stack>
          <CliPanel
            command={request.image === '' ? undefined : canfarCreateCommand(request, replicas, secretKeys)}
            problem={cliProblem(readiness)}
            secretKeys={secretKeys}
          />
        </Stack>
      </form>
    </Stack>
  );
}
