import * as z from 'zod/mini';
import { SESSION_TYPES } from '@/api/skaha/session-schemas';
import { describeIssue } from '@/lib/describe-issue';
import { readLaunchState, writeLaunchState, type LaunchFormState } from '../launch-state';

const count = z.int().check(z.nonnegative());

/**
 * One preset: the launch link's fields under readable names (docs/workshop-guide.md, "Workshop presets").
 * `sessionName` is the `name` of a link. Fields this version does not know are ignored, so a later portal's
 * file still reads; secret values are never written (launch-state.ts leaves them out, as from a link).
 */
const presetSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  type: z.enum(SESSION_TYPES),
  image: z.optional(z.string()),
  sessionName: z.optional(z.string()),
  resources: z.optional(z.enum(['flexible', 'fixed'])),
  cores: z.optional(count),
  ram: z.optional(count),
  gpus: z.optional(count),
  cmd: z.optional(z.string()),
  args: z.optional(z.string()),
  /** `KEY=VALUE`, or a bare `KEY` whose value is filled in at launch. */
  env: z.optional(z.array(z.string())),
  replicas: z.optional(z.int().check(z.positive())),
  registryUser: z.optional(z.string()),
});
export type Preset = z.infer<typeof presetSchema>;

export const PRESETS_VERSION = 1;

export const presetFileSchema = z.object({
  version: z.literal(PRESETS_VERSION),
  presets: z.array(presetSchema),
});
export type PresetFile = z.infer<typeof presetFileSchema>;

export type ParsedPresets = { ok: true; presets: Preset[] } | { ok: false; reason: string };

/** The text of a presets file → its presets, or why it cannot be used (in words, with where). */
export function parsePresetFile(text: string): ParsedPresets {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const result = presetFileSchema.safeParse(json);
  if (result.success) return { ok: true, presets: result.data.presets };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, reason: 'it is not a presets file' };
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the file';
  return { ok: false, reason: `${where} ${describeIssue(issue)}` };
}

/** The form a preset opens, read exactly as a link with the same fields would be. */
export function presetToState(preset: Preset): LaunchFormState {
  const params = new URLSearchParams({ type: preset.type });
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('image', preset.image);
  set('name', preset.sessionName);
  set('resources', preset.resources);
  set('cores', preset.cores);
  set('ram', preset.ram);
  set('gpus', preset.gpus);
  set('cmd', preset.cmd);
  set('args', preset.args);
  for (const entry of preset.env ?? []) params.append('env', entry);
  set('replicas', preset.replicas);
  set('registryUser', preset.registryUser);
  return readLaunchState(params);
}

/**
 * A preset of the form as its link holds it — secret values and arguments left out — without the session
 * name, which must be new at each launch (the form suggests one).
 */
export function stateToPreset(name: string, state: LaunchFormState): Preset {
  const params = writeLaunchState(state);
  const number = (key: string) => {
    const value = params.get(key);
    return value === null ? undefined : Number(value);
  };
  const text = (key: string) => params.get(key) ?? undefined;
  const env = params.getAll('env');
  // undefined fields are left out when the file is written (JSON.stringify)
  return {
    name: name.trim(),
    type: state.type,
    image: text('image'),
    resources: state.resources === 'fixed' ? 'fixed' : undefined,
    cores: number('cores'),
    ram: number('ram'),
    gpus: number('gpus'),
    cmd: text('cmd'),
    args: text('args'),
    env: env.length > 0 ? env : undefined,
    replicas: number('replicas'),
    registryUser: text('registryUser'),
  };
}

/** The file's text for these presets: pretty, so a person can read and edit it. */
export const serializePresets = (presets: readonly Preset[]) =>
  `${JSON.stringify({ version: PRESETS_VERSION, presets }, null, 2)}\n`;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
export const hasPreset = (presets: readonly Preset[], name: string) =>
  presets.some((preset) => sameName(preset.name, name));

export const addPreset = (presets: readonly Preset[], preset: Preset) => [...presets, preset];
export const renamePreset = (presets: readonly Preset[], from: string, to: string) =>
  presets.map((preset) => (preset.name === from ? { ...preset, name: to.trim() } : preset));
export const deletePreset = (presets: readonly Preset[], name: string) =>
  presets.filter((preset) => preset.name !== name);
