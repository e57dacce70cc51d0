import type { SkahaContext, SkahaImage } from '@/api/skaha/platform-schemas';
import type { LaunchRequest } from '@/api/skaha/session-mutations';
import type { Session } from '@/api/skaha/session-schemas';
import { isPublicImage } from './image-ref';
import { launchReadiness, type Readiness } from './launch-readiness';
import { toLaunchRequest, type OfferedResources } from './launch-request';
import type { LaunchFormState } from './launch-state';

/** What the page holds besides the form, that what may be sent and what is sent are read from. */
export interface LaunchInputs {
  /** skaha's public image list; undefined while it loads or when it could not be read. */
  images: readonly SkahaImage[] | undefined;
  sessions: readonly Session[] | undefined;
  context: SkahaContext | undefined;
  hosts: readonly string[] | undefined;
  homeFraction: number | undefined;
  /** The user's sessions or skaha's context could not be read (and are not held from before). */
  unchecked: boolean;
  /** Names of launches that got no answer and may exist (use-launch-attempt.ts). */
  reserved: readonly string[];
  /** The registry secret, which the form's state (and so the URL) never holds. */
  secret: string;
  gpusEnabled: boolean;
}

/** The values `/v1/context` offers; undefined until it answers. */
export const offeredBy = (context: SkahaContext | undefined): OfferedResources | undefined =>
  context && { cores: context.cores.options, ram: context.memoryGB.options, gpus: context.gpus.options };

// skaha asks for registry credentials for any image not on its public list, whatever the type it is launched
// as (platform-api §1.6); without the list, for an image given as private
export const asksCredentials = (form: LaunchFormState, images: readonly SkahaImage[] | undefined) =>
  images === undefined
    ? form.custom
    : (form.custom || form.image !== '') && !isPublicImage(form.image, images);

export const formReadiness = (form: LaunchFormState, inputs: LaunchInputs): Readiness =>
  launchReadiness({
    state: form,
    sessions: inputs.sessions,
    reserved: inputs.reserved,
    maxInteractive: inputs.context?.maxInteractiveSessions,
    homeFraction: inputs.homeFraction,
    registry: asksCredentials(form, inputs.images)
      ? { user: form.registryUser, secret: inputs.secret }
      : undefined,
    hosts: inputs.hosts,
    unchecked: inputs.unchecked,
  });

export const formRequest = (form: LaunchFormState, name: string, inputs: LaunchInputs): LaunchRequest =>
  toLaunchRequest(form, name, {
    defaults: { cores: inputs.context?.cores.default, ram: inputs.context?.memoryGB.default },
    offered: offeredBy(inputs.context),
    gpusEnabled: inputs.gpusEnabled,
    registryAuth:
      form.registryUser && inputs.secret ? { username: form.registryUser, secret: inputs.secret } : undefined,
  });
