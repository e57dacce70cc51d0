import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { imageListQueryOptions } from '@/api/skaha/platform-queries';

/**
 * Whether the platform's list of images lacks this pull reference: skaha then launches it only with the user's
 * registry credentials. Its list holds the first tag of each labelled image of a public project, and never a
 * repository below a sub-path (`skaha/team/astroml-gpu`). False until the list is read, and for no reference.
 */
export function useIsUnlisted(pull: string | undefined, enabled = true): boolean {
  const listed = useQuery({ ...imageListQueryOptions(useApi()), enabled: enabled && pull !== undefined });
  return pull !== undefined && listed.data?.some((image) => image.id === pull) === false;
}
