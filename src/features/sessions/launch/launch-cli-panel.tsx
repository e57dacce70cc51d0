import { canfarCreateCommand } from './cli-command';
import { CliPanel } from './cli-panel';
import { formRequest, type LaunchInputs } from './launch-inputs';
import { cliProblem, type Readiness } from './launch-readiness';
import { isSecretRow } from './launch-secrets';
import type { LaunchFormState } from './launch-state';

interface LaunchCliPanelProps {
  state: LaunchFormState;
  readiness: Readiness;
  inputs: LaunchInputs;
}

/** The form as a `canfar create` line: the request Launch would send, once the form names an image. */
export function LaunchCliPanel({ state, readiness, inputs }: LaunchCliPanelProps) {
  const request = formRequest(state, readiness.name, inputs);
  const secretKeys = new Set(
    state.type === 'headless' ? state.env.filter(isSecretRow).map((row) => row.key.trim()) : [],
  );
  return (
    <CliPanel
      command={
        request.image === '' ? undefined : canfarCreateCommand(request, readiness.replicas, secretKeys)
      }
      problem={cliProblem(readiness)}
      secretKeys={secretKeys}
    />
  );
}
