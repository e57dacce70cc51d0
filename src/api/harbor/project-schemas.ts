import * as z from 'zod/mini';
import { booleanText, count, harborTime, id, list, optionalText } from './harbor-fields';

const optionalFlag = z.pipe(
  z.nullish(booleanText),
  z.transform((value) => value ?? undefined),
);
// a visibility that cannot be read is shown as private, never as public
const flagOrFalse = z.pipe(
  z.nullish(booleanText),
  z.transform((value) => value ?? false),
);
const name = z.string().check(z.minLength(1));

/** Project metadata: every value is a string on the wire; the known flags become booleans here. */
const projectMetadataSchema = z.pipe(
  z.nullish(
    z.object({
      public: flagOrFalse,
      auto_scan: optionalFlag,
      prevent_vul: optionalFlag,
      enable_content_trust: optionalFlag,
      reuse_sys_cve_allowlist: optionalFlag,
      severity: optionalText,
    }),
  ),
  z.transform((value) => value ?? { public: false }),
);

/** `GET /projects`, `GET /projects/{name}`: everything but the id and the name may be absent. */
export const projectSchema = z.object({
  project_id: id,
  name,
  owner_id: z.nullish(z.int()),
  owner_name: optionalText,
  registry_id: z.nullish(z.int()),
  creation_time: harborTime,
  update_time: harborTime,
  deleted: z.nullish(z.boolean()),
  togglable: z.nullish(z.boolean()),
  current_user_role_id: z.nullish(z.int()),
  current_user_role_ids: list(z.int()),
  repo_count: count,
  metadata: projectMetadataSchema,
});
export type HarborProject = z.infer<typeof projectSchema>;
export const projectListSchema = z.array(projectSchema);

/** `name` includes the project (`skaha/astroml-notebook`). */
export const repositorySchema = z.object({
  id,
  project_id: id,
  name,
  description: optionalText,
  artifact_count: count,
  pull_count: count,
  creation_time: harborTime,
  update_time: harborTime,
});
export type HarborRepository = z.infer<typeof repositorySchema>;
export const repositoryListSchema = z.array(repositorySchema);

const searchRepositorySchema = z.object({
  project_id: id,
  project_name: name,
  project_public: flagOrFalse,
  repository_name: name,
  pull_count: count,
  artifact_count: count,
});
export type HarborSearchRepository = z.infer<typeof searchRepositorySchema>;

/** `GET /search?q=`. */
export const searchResultSchema = z.object({
  project: list(projectSchema),
  repository: list(searchRepositorySchema),
});
export type HarborSearchResult = z.infer<typeof searchResultSchema>;

/** Harbor's error body, `{"errors":[{"code","message"}]}`. */
export const harborErrorSchema = z.object({
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type HarborError = z.infer<typeof harborErrorSchema>;
