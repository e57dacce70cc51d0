import { Box, Paper, Skeleton } from '@mantine/core';
import type { PlatformStats, SkahaContext } from '@/api/skaha/platform-schemas';
import type { UnofferedResources } from './launch-request';
import type { LaunchFormState } from './launch-state';
import { ResourceFields } from './resource-fields';
import { UnavailableNotice } from './unavailable-notice';

interface ResourceSectionProps {
  state: LaunchFormState;
  /** `/v1/context`; undefined while it loads or when it could not be read. */
  context: SkahaContext | undefined;
  contextPending: boolean;
  stats: PlatformStats | undefined;
  statsFailed: boolean;
  gpusEnabled: boolean;
  /** Values the form dropped as the platform does not offer them (use-dropped-unoffered.ts). */
  unavailable: UnofferedResources | undefined;
  onChange: (patch: Partial<LaunchFormState>) => void;
}

/** The resources section, once the platform has said what it offers; a placeholder of its size until then. */
export function ResourceSection({
  state,
  context,
  contextPending,
  stats,
  statsFailed,
  gpusEnabled,
  unavailable,
  onChange,
}: ResourceSectionProps) {
  if (!context)
    // about the section's height, so Launch moves little when the platform's limits arrive
    return contextPending ? <Skeleton height={250} radius="md" aria-hidden /> : null;
  return (
    <Paper withBorder p="md" radius="md">
      {unavailable && (
        <Box mb="md">
          <UnavailableNotice unavailable={unavailable} context={context} />
        </Box>
      )}
      <ResourceFields
        type={state.type}
        context={context}
        stats={stats}
        statsFailed={statsFailed}
        mode={state.resources}
        cores={state.cores}
        ram={state.ram}
        gpus={state.gpus}
        gpusEnabled={gpusEnabled}
        onChange={onChange}
      />
    </Paper>
  );
}
