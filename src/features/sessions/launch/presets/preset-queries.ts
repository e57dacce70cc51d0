import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { isApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import { storageKeys } from '@/api/storage/storage-keys';
import { readTextFile, writeTextFile, type TextFile } from '@/api/storage/text-file';
import { parsePresetFile, serializePresets, type ParsedPresets, type Preset } from './preset-file';

/** Where a user's own presets live: a file in their cavern home, which every session also sees. */
export const personalPresetsPath = (username: string) => `/home/${username}/.canfar/launch-presets.json`;
/** Where a trainer publishes a workshop's presets: the project folder its members can read. */
export const workshopPresetsPath = (project: string) => `/projects/${project}/.canfar/launch-presets.json`;
/** A cavern path as sessions and the docs name it (`/arc/home/…`). */
export const arcPath = (path: string) => `/arc${path}`;

/** At most this many of the user's groups are looked at for workshop presets (one read each). */
export const MAX_WORKSHOP_GROUPS = 40;

export interface PresetSource {
  path: string;
  /** What was read; undefined when there is no file. */
  file: TextFile | undefined;
  parsed: ParsedPresets;
}

const NO_PRESETS: ParsedPresets = { ok: true, presets: [] };

async function readPresets(api: ApiClient, path: string, signal: AbortSignal): Promise<PresetSource> {
  try {
    const file = await readTextFile(api, path, signal);
    return { path, file, parsed: file ? parsePresetFile(file.text) : NO_PRESETS };
  } catch (error) {
    // a group's project folder the user may not read publishes nothing for them
    if (path.startsWith('/projects/') && isApiError(error) && error.status === 403)
      return { path, file: undefined, parsed: NO_PRESETS };
    throw error;
  }
}

/** A presets file, read and checked; no file is an empty list. */
export function presetFileQueryOptions(api: ApiClient, path: string) {
  const read = (signal: AbortSignal) => readPresets(api, path, signal);
  return queryOptions({
    queryKey: storageKeys.text(path),
    queryFn: ({ signal }) => read(signal),
    staleTime: 60_000,
  });
}

export interface SavePresetsRequest {
  presets: readonly Preset[];
  /** The version the change was made on: the write stops if the file is no longer that one. */
  expected: TextFile | undefined;
}

/** Writes the user's presets file, never over a version this page has not read (text-file.ts). */
export function savePresetsMutationOptions(api: ApiClient, authority: string, path: string) {
  return mutationOptions({
    mutationKey: [...storageKeys.text(path), 'save'],
    mutationFn: ({ presets, expected }: SavePresetsRequest) =>
      // read, compare and write as one user: the file of one user never written as the next
      writeTextFile(api.forCurrentUser(), authority, path, serializePresets(presets), expected),
    onSettled: (_data, _error, _request, _result, context) =>
      context.client.invalidateQueries({ queryKey: storageKeys.text(path) }),
  });
}
