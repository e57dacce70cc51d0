import { Anchor, Paper, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useFeature } from '@/config/config-context';
import { paths } from '@/lib/paths';
import { NoSessionAccess } from '../no-session-access';
import { HeadlessFields } from './headless-fields';
import { ImageNameSection } from './image-name-section';
import { LaunchActions } from './launch-actions';
import { LaunchCliPanel } from './launch-cli-panel';
import { formReadiness } from './launch-inputs';
import { LaunchPresets } from './presets/launch-presets';
import { ResourceSection } from './resource-section';
import { RestoredNotice } from './restored-notice';
import { TypeChooser, type TypeChooserHandle } from './type-chooser';
import { useDroppedUnoffered } from './use-dropped-unoffered';
import { useLaunchAttempt } from './use-launch-attempt';
import { useLaunchData } from './use-launch-data';
import { useLaunchForm } from './use-launch-form';
import { useLaunchSubmit } from './use-launch-submit';
import { useOnLaunched } from './use-on-launched';

/**
 * The launch form: every field in the URL (but the secret), so a trainer's link opens it filled in. What may
 * be sent is decided by launch-readiness.ts; this page loads what that needs, lays the form out and sends.
 */
export function LaunchPage() {
  const { t } = useTranslation();
  const gpusEnabled = useFeature('gpu');
  const { state, update, replace, chooseType, restored, resetToDefaults } = useLaunchForm();
  const [secret, setSecret] = useState('');
  const typeChooser = useRef<TypeChooserHandle>(null);
  const data = useLaunchData();
  const { images, context, hosts, stats, sessions } = data;
  const onLaunched = useOnLaunched();
  const attempt = useLaunchAttempt(onLaunched);
  const { outcome } = attempt;
  const busy = outcome.phase === 'sending' || outcome.phase === 'checking' || outcome.phase === 'launched';
  const { unavailable, changeResources } = useDroppedUnoffered(state, data.offered, gpusEnabled, update);
  const inputs = { ...data.loaded, reserved: attempt.reserved, secret, gpusEnabled };
  const readiness = formReadiness(state, inputs);
  const { attempted, formRef, launchButton, submit, launchAs } = useLaunchSubmit({
    state,
    update,
    inputs,
    launch: attempt.launch,
    busy,
  });

  if (data.accessDenied) {
    return (
      <Stack gap="md" maw={960}>
        <PageHeader title={t('launch.form.title')} description={t('launch.form.description')} />
        <NoSessionAccess error={data.accessDenied.error} />
      </Stack>
    );
  }
  const { loadError } = data;

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
          <ImageNameSection
            state={state}
            readiness={readiness}
            attempted={attempted}
            busy={busy}
            images={images.data}
            listFailed={images.isError}
            hosts={hosts.data}
            secret={secret}
            onChange={update}
            onSecretChange={setSecret}
            onLaunchAs={launchAs}
          />
          <ResourceSection
            state={state}
            context={context.data}
            contextPending={context.isPending}
            stats={stats.data}
            statsFailed={stats.isError}
            gpusEnabled={gpusEnabled}
            unavailable={unavailable}
            onChange={changeResources}
          />
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
          <LaunchActions
            state={state}
            readiness={readiness}
            attempt={attempt}
            busy={busy}
            maxInteractive={context.data?.maxInteractiveSessions}
            sessionsKnown={sessions.data !== undefined}
            countPending={context.isPending || sessions.isPending}
            homeFraction={data.homeFraction}
            onResubmit={() => {
              submit();
            }}
            launchButton={launchButton}
          />
          <LaunchCliPanel state={state} readiness={readiness} inputs={inputs} />
        </Stack>
      </form>
    </Stack>
  );
}
