import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { membershipsQueryOptions } from '@/api/ac/membership-queries';
import { retryDelay } from '@/api/backoff';
import { isApiError } from '@/api/http/api-error';
import { shouldRetry } from '@/api/query-client';
import { homePath } from '@/api/storage/allocation-queries';
import { useCurrentUser } from '@/auth/auth-context';
import { useConfig } from '@/config/config-context';
import type { Preset } from './preset-file';
import {
  MAX_WORKSHOP_GROUPS,
  personalPresetsPath,
  presetFileQueryOptions,
  savePresetsMutationOptions,
  workshopPresetsPath,
} from './preset-queries';

export interface WorkshopPresets {
  project: string;
  path: string;
  presets: Preset[];
}

/**
 * The user's own presets and those published in the folders of projects they belong to. The projects are the
 * user's GMS groups (one `GET {ac}/search`): a project is a group and an `/arc/projects/<group>` folder, and
 * listing `/arc/projects` would name every project of the platform, readable or not. Read only once the user
 * opens the menu (`enabled`): most users have no presets file, and a form that opened with 404s for them would
 * fill every browser console. A failure that may pass (503, no answer) is retried once or twice after a short
 * wait, and a read that still failed is tried again when the menu is opened again.
 */
export function usePresets(enabled: boolean) {
  const api = useApi();
  const { username } = useCurrentUser();
  const authority = useConfig().storage.vosAuthority;
  const personalPath = personalPresetsPath(username);
  const reading = { retry: shouldRetry, retryDelay, enabled };
  const personal = useQuery({ ...presetFileQueryOptions(api, personalPath), ...reading });
  const groups = useQuery({ ...membershipsQueryOptions(api), ...reading });
  const projects = (groups.data ?? []).slice(0, MAX_WORKSHOP_GROUPS);
  const workshopQueries = useQueries({
    queries: projects.map((project) => ({
      ...presetFileQueryOptions(api, workshopPresetsPath(project)),
      ...reading,
    })),
  });
  const save = useMutation(savePresetsMutationOptions(api, authority, personalPath));

  const workshops: WorkshopPresets[] = [];
  const problems: { path: string; reason: string | undefined }[] = [];
  projects.forEach((project, index) => {
    const query = workshopQueries[index];
    const path = workshopPresetsPath(project);
    if (query?.isError) problems.push({ path, reason: undefined });
    const parsed = query?.data?.parsed;
    if (parsed && !parsed.ok) problems.push({ path, reason: parsed.reason });
    if (parsed?.ok && parsed.presets.length > 0) workshops.push({ project, path, presets: parsed.presets });
  });
  const personalParsed = personal.data?.parsed;
  if (personal.isError) problems.unshift({ path: personalPath, reason: undefined });
  if (personalParsed && !personalParsed.ok)
    problems.unshift({ path: personalPath, reason: personalParsed.reason });

  return {
    personalPath,
    /** Undefined until read, and while the file cannot be used: nothing may then be written over it. */
    own: personalParsed?.ok ? personalParsed.presets : undefined,
    ownFile: personal.data?.file,
    isLoading: personal.isPending || groups.isPending || workshopQueries.some((query) => query.isPending),
    workshops,
    problems,
    /** The user's groups could not be listed: their projects' published presets are missing from the menu. */
    groupsFailed: groups.isError,
    reload: () => {
      void personal.refetch();
    },
    /** Reads again what failed to be read (the menu opened once more), and nothing else. */
    retryFailed: () => {
      if (personal.isError) void personal.refetch();
      if (groups.isError) void groups.refetch();
      for (const query of workshopQueries) if (query.isError) void query.refetch();
    },
    save,
  };
}

export type PresetsState = ReturnType<typeof usePresets>;

/**
 * cavern's 404 for a write whose folder does not exist, naming the user's own home (`NodeNotFound:
 * ContainerNotFound: /home/jdoe`): a new account's home is made by skaha at their first launch (platform-api
 * §10.2), so the `.canfar` folder cannot be made in it yet. Any other missing folder, or a 404 from a proxy, is not this.
 */
export function isMissingHome(error: unknown, username: string): boolean {
  if (!isApiError(error) || error.service !== 'storage' || error.kind !== 'http' || error.status !== 404)
    return false;
  const named = /^(?:(?:NodeNotFound|ContainerNotFound):\s*)+(\S+)/.exec(error.message.trim())?.[1];
  if (named === undefined) return false;
  // the path alone, or as a vos:// URI; a folder's name may end with '/'
  const path = named.replace(/^vos:\/\/[^/]+/, '').replace(/(.)\/+$/, '$1');
  return path === homePath(username);
}
