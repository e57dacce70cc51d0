import * as z from 'zod/mini';
import { count, harborTime, id, list, optionalText, textRecord } from './harbor-fields';

/** An OCI content digest, `algorithm:encoded` (OCI image-spec descriptor grammar). */
export const digestSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/, 'not a digest'));

const name = z.string().check(z.minLength(1));
const textOrEmpty = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? ''),
);
const flagOrFalse = z.pipe(
  z.nullish(z.boolean()),
  z.transform((value) => value ?? false),
);

export const tagSchema = z.object({
  id,
  repository_id: id,
  artifact_id: id,
  name,
  push_time: harborTime,
  pull_time: harborTime,
  immutable: flagOrFalse,
});
export type HarborTag = z.infer<typeof tagSchema>;
export const tagListSchema = z.array(tagSchema);

/** `scope` is "g" (global) or "p" (project); CANFAR marks session types with global labels. */
export const labelSchema = z.object({
  id,
  name,
  description: textOrEmpty,
  color: textOrEmpty,
  scope: textOrEmpty,
  project_id: count,
  creation_time: harborTime,
  update_time: harborTime,
});
export type HarborLabel = z.infer<typeof labelSchema>;
export const labelListSchema = z.array(labelSchema);

/** The OCI image config Harbor copies into `extra_attrs.config`. */
const imageConfigSchema = z.object({
  Env: list(z.string()),
  Cmd: list(z.string()),
  Entrypoint: list(z.string()),
  Labels: textRecord,
  WorkingDir: optionalText,
  User: optionalText,
});

/** Image attributes; other artifact types (charts, signatures) carry other keys, so all are optional. */
const extraAttrsSchema = z.object({
  architecture: optionalText,
  os: optionalText,
  author: optionalText,
  created: harborTime,
  config: z.pipe(
    z.nullish(imageConfigSchema),
    z.transform((value) => value ?? imageConfigSchema.parse({})),
  ),
});
export type HarborImageAttributes = z.infer<typeof extraAttrsSchema>;

/** A child of an image index (one platform of a multi-architecture image). */
const referenceSchema = z.object({
  parent_id: id,
  child_id: id,
  child_digest: digestSchema,
  platform: z.pipe(
    z.nullish(z.object({ architecture: optionalText, os: optionalText, variant: optionalText })),
    z.transform((value) => value ?? undefined),
  ),
});

const additionLinkSchema = z.object({
  href: z.string(),
  absolute: flagOrFalse,
});

/** `GET .../artifacts`: `tags` is null for an untagged artifact, `labels` only sent with `with_label=true`. */
export const artifactSchema = z.object({
  id,
  type: textOrEmpty,
  media_type: optionalText,
  manifest_media_type: optionalText,
  artifact_type: optionalText,
  project_id: id,
  repository_id: id,
  repository_name: optionalText,
  digest: digestSchema,
  size: count,
  icon: optionalText,
  push_time: harborTime,
  pull_time: harborTime,
  extra_attrs: z.pipe(
    z.nullish(extraAttrsSchema),
    z.transform((value) => value ?? extraAttrsSchema.parse({})),
  ),
  annotations: textRecord,
  references: list(referenceSchema),
  tags: list(tagSchema),
  labels: list(labelSchema),
  addition_links: z.pipe(
    z.nullish(z.record(z.string(), additionLinkSchema)),
    z.transform((value) => value ?? {}),
  ),
});
export type HarborArtifact = z.infer<typeof artifactSchema>;
export const artifactListSchema = z.array(artifactSchema);
