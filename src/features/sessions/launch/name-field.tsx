import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '@/api/skaha/session-schemas';
import { launchedNames, type Readiness } from './launch-readiness';
import { maxNameLength } from './session-name';
import { BusyButton } from '@/components/busy-button';
import { OpenSessionButton } from '../open-session-button';
import { launchedState } from '../launched-arrival';
import { WRAPPING_LABEL } from '@/components/wrapping-label';
import { isFocusLost } from '@/lib/focus';
import { paths } from '@/lib/paths';

interface NameFieldProps {
  readiness: Readiness;
  onChange: (name: string) => void;
  /** Launches at once under another name (the duplicate notice's second button). */
  onLaunchAs: (name: string) => void;
  pending: boolean;
}

export const DUPLICATE_NOTICE_ID = 'launch-duplicate-name';

/**
 * The session name, checked as skaha does, and against the user's live sessions: a second session with the
 * same name gives two tiles nobody can tell apart, and a link opened twice would launch twice. So a taken
 * name blocks Launch and offers, in one click, the session that exists or a launch under a free name.
 */
export function NameField({ readiness, onChange, onLaunchAs, pending }: NameFieldProps) {
  const { t } = useTranslation();
  const { name, nameProblem: problem, duplicate, alternative, replicas } = readiness;
  const input = useRef<HTMLInputElement>(null);
  // replicas are called name-1…name-N (session-mutations.ts), never the name itself
  const [first = name, ...more] = launchedNames(name, replicas);
  const last = more[more.length - 1];
  const preview =
    last === undefined
      ? t('launch.form.namePreview', { name: first })
      : t('launch.form.namePreviewReplicas', { first, last });
  // With something else keeping Launch disabled (the session limit, a full home, a job's fields), or the limit
  // not yet known, a launch under the free name might not go: the notice offers the name alone, and the
  // keyboard stays on the field.
  const blockedOtherwise =
    readiness.atLimit || !readiness.limitKnown || readiness.homeFull || readiness.jobProblem;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('launch.form.name')}
        // the preview would contradict the error under it: a taken name is not what it will be called
        description={problem || duplicate ? undefined : preview}
        value={name}
        withAsterisk
        error={
          problem
            ? t(`launch.form.nameProblems.${problem}`, { max: maxNameLength(replicas), replicas })
            : duplicate
              ? t('launch.form.nameTaken', { name: duplicate.name })
              : undefined
        }
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
        maw={420}
        autoComplete="off"
        ref={input}
      />
      {duplicate && (
        <DuplicateNotice
          duplicate={duplicate}
          alternative={alternative}
          onLaunchAs={onLaunchAs}
          onUseName={
            blockedOtherwise
              ? (free) => {
                  flushSync(() => {
                    onChange(free);
                  });
                  input.current?.focus();
                }
              : undefined
          }
          pending={pending}
        />
      )}
    </Stack>
  );
}

function DuplicateNotice({
  duplicate,
  alternative,
  onLaunchAs,
  onUseName,
  pending,
}: {
  duplicate: Session;
  alternative: string;
  onLaunchAs: (name: string) => void;
  /** Given when the form could not launch anyway: the button only takes the free name. */
  onUseName: ((name: string) => void) | undefined;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const running = duplicate.status === 'Running' && duplicate.connectURL !== '';
  // Once the session runs, Open takes the place of "Show it on your sessions page": a keyboard user on the one
  // that went follows it there, rather than being left at the top of the page.
  const actions = useRef<HTMLDivElement>(null);
  const wasInActions = useRef(false);
  useLayoutEffect(() => {
    if (wasInActions.current && isFocusLost(document))
      actions.current?.querySelector<HTMLElement>('a, button')?.focus();
  }, [running]);
  return (
    <Alert color="orange" variant="light" role="status" id={DUPLICATE_NOTICE_ID} maw={640}>
      <Stack gap="xs">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t(running ? 'launch.form.duplicateRunning' : 'launch.form.duplicatePending', {
            name: duplicate.name,
          })}
        </Text>
        <Group
          gap="xs"
          ref={actions}
          onFocus={() => {
            wasInActions.current = true;
          }}
          // an element removed takes focus to no element: that blur is the one the effect above answers
          onBlur={(event) => {
            if (event.relatedTarget !== null)
              wasInActions.current = actions.current?.contains(event.relatedTarget) ?? false;
          }}
        >
          {running ? (
            <OpenSessionButton session={duplicate}>
              {t('launch.form.openExisting', { name: duplicate.name })}
            </OpenSessionButton>
          ) : (
            // still starting: its tile, which takes focus there, is where it can be watched
            <Button
              component={Link}
              to={paths.sessions()}
              state={launchedState(duplicate.id)}
              size="xs"
              variant="default"
              py={4}
              styles={WRAPPING_LABEL}
            >
              {t('launch.form.showExisting', { name: duplicate.name })}
            </Button>
          )}
          {onUseName ? (
            <Button
              size="xs"
              variant="default"
              py={4}
              styles={WRAPPING_LABEL}
              onClick={() => {
                onUseName(alternative);
              }}
            >
              {t('launch.form.useNameInstead', { name: alternative })}
            </Button>
          ) : (
            <BusyButton
              size="xs"
              variant="default"
              py={4}
              styles={WRAPPING_LABEL}
              busy={pending}
              onClick={() => {
                onLaunchAs(alternative);
              }}
            >
              {t('launch.form.launchAnotherAs', { name: alternative })}
            </BusyButton>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
