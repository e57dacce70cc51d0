import { z } from 'zod';
import { booleanText, count, harborTime, id, list, optionalText } from './harbor-fields';

const optionalFlag = booleanText.nullish().transform((value) => value ?? undefined);

/** Project metadata: every value is a string on the wire; the known flags become booleans here. */
const projectMetadataSchema = z
  .object({
    public: booleanText.nullish().transform((value) => value ?? false),
    auto_scan: optionalFlag,
    prevent_vul: optionalFlag,
    enable_content_trust: optionalFlag,
    reuse_sys_cve_allowlist: optionalFlag,
    severity: optionalText,
  })
  .nullish()
  .transform((value) => value ?? { public: false });

/** `GET /projects`, `GET /projects/{name}`: everything but the id and the name may be absent. */
export const projectSchema = z.object({
  project_id: id,
  name: z.string().min(1),
  owner_id: z.number().int().nullish(),
  owner_name: optionalText,
  registry_id: z.number().int().nullish(),
  creation_time: harborTime,
  update_time: harborTime,
  deleted: z.boolean().nullish(),
  togglable: z.boolean().nullish(),
  current_user_role_id: z.number().int().nullish(),
  current_user_role_ids: list(z.number().int()),
  repo_count: count,
  metadata: projectMetadataSchema,
});
export type HarborProject = z.infer<typeof projectSchema>;
export const projectListSchema = z.array(projectSchema);

/** `name` includes the project (`skaha/astroml-notebook`). */
export const repositorySchema = z.object({
  id,
  project_id: id,
  name: z.string().min(1),
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
  project_name: z.string().min(1),
  project_public: booleanText.nullish().transform((value) => value ?? false),
  repository_name: z.string().min(1),
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
