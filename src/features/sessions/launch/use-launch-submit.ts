import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { replicaRequests } from '@/api/skaha/session-mutations';
import { formReadiness, formRequest, type LaunchInputs } from './launch-inputs';
import { canSend } from './launch-readiness';
import type { LaunchFormState } from './launch-state';
import type { useLaunchAttempt } from './use-launch-attempt';

interface LaunchSubmitOptions {
  state: LaunchFormState;
  update: (patch: Partial<LaunchFormState>) => void;
  inputs: LaunchInputs;
  launch: ReturnType<typeof useLaunchAttempt>['launch'];
  /** A launch is under way: pressing Launch again sends nothing. */
  busy: boolean;
}

/**
 * Pressing Launch, and where the keyboard goes then. `attempted` once it was pressed, so the fields say what
 * is missing; `formRef` goes on the form, `launchButton` on Launch.
 */
export function useLaunchSubmit({ state, update, inputs, launch, busy }: LaunchSubmitOptions) {
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const launchButton = useRef<HTMLButtonElement>(null);

  /**
   * Sends the form as it is, or as `form` when a button changes it and launches in one click. The name is
   * fixed here: a launch sent again is sent under the name it first had.
   */
  function submit(form: LaunchFormState = state) {
    const ready = formReadiness(form, inputs);
    // rendered at once, so the keyboard can be taken to the first field that says what is missing
    flushSync(() => {
      setAttempted(true);
    });
    if (!canSend(ready)) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (busy) return;
    launch(form, replicaRequests(formRequest(form, ready.name, inputs), ready.replicas));
  }

  /** Launches at once under the free name the duplicate notice offers. */
  function launchAs(name: string) {
    // The pressed button leaves with the duplicate; Launch, enabled by the free name once it is rendered,
    // keeps the keyboard's place while the launch is sent or if the form stays.
    flushSync(() => {
      update({ name });
    });
    launchButton.current?.focus();
    submit({ ...state, name });
  }

  return { attempted, formRef, launchButton, submit, launchAs };
}
