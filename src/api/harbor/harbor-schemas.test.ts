// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactListSchema, artifactSchema, labelSchema, tagSchema } from './artifact-schemas';
import {
  harborErrorSchema,
  projectListSchema,
  projectSchema,
  repositorySchema,
  searchResultSchema,
} from './project-schemas';

const SAMPLES = join(import.meta.dirname, '../../../docs/samples');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8'));

describe('Harbor schemas', () => {
  it('parses the artifact sample, converting times once and keeping tags, labels and image config', () => {
    const [artifact, ...rest] = artifactListSchema.parse(readJson('harbor-v2-artifacts.json'));
    expect(rest).toHaveLength(0);
    expect(artifact).toMatchObject({
      id: 48211,
      type: 'IMAGE',
      project_id: 3,
      repository_id: 977,
      repository_name: 'skaha/astroml-notebook',
      digest: 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d',
      size: 6120448812,
      push_time: Date.parse('2026-03-11T18:22:41.512Z'),
      pull_time: Date.parse('2026-08-20T07:15:02.000Z'),
      annotations: {},
      references: [],
    });
    expect(artifact?.extra_attrs).toEqual({
      architecture: 'amd64',
      os: 'linux',
      author: 'CANFAR Team',
      created: Date.parse('2026-03-11T17:58:03.104Z'),
      config: {
        Env: ['PATH=/opt/conda/bin:/usr/local/bin:/usr/bin:/bin'],
        Cmd: ['/bin/bash'],
        Entrypoint: [],
        Labels: { 'org.opencontainers.image.source': 'https://github.com/opencadc/science-containers' },
        WorkingDir: undefined,
        User: undefined,
      },
    });
    expect(artifact?.tags.map((tag) => tag.name)).toEqual(['26.03', 'latest']);
    expect(artifact?.tags[0]).toMatchObject({ id: 60114, artifact_id: 48211, immutable: false });
    expect(artifact?.labels).toEqual([
      {
        id: 4,
        name: 'notebook',
        description: 'Launchable as a Jupyter notebook session',
        color: '#48960C',
        scope: 'g',
        project_id: 0,
        creation_time: Date.parse('2021-02-10T19:00:00.000Z'),
        update_time: Date.parse('2021-02-10T19:00:00.000Z'),
      },
    ]);
    expect(artifact?.addition_links.build_history?.absolute).toBe(false);
  });

  it('accepts an untagged, unlabelled, never-pulled artifact with nothing optional', () => {
    const artifact = artifactSchema.parse({
      id: 1,
      project_id: 2,
      repository_id: 3,
      digest: 'sha256:abc',
      tags: null,
      pull_time: '0001-01-01T00:00:00.000Z',
      extra_attrs: null,
    });
    expect(artifact).toMatchObject({ tags: [], labels: [], size: 0, pull_time: undefined, type: '' });
    expect(artifact.extra_attrs.config).toEqual({ Env: [], Cmd: [], Entrypoint: [], Labels: {} });
  });

  it('is strict about ids and digests', () => {
    expect(
      artifactSchema.safeParse({ id: '1', project_id: 2, repository_id: 3, digest: 'sha256:a' }).success,
    ).toBe(false);
    expect(
      artifactSchema.safeParse({ id: 1, project_id: 2, repository_id: 3, digest: 'latest' }).success,
    ).toBe(false);
    expect(tagSchema.safeParse({ id: 1, repository_id: 2, artifact_id: 3 }).success).toBe(false);
    expect(labelSchema.safeParse({ name: 'notebook' }).success).toBe(false);
  });

  it('reads project metadata flags sent as strings', () => {
    const project = projectSchema.parse({
      project_id: 3,
      name: 'skaha',
      repo_count: 41,
      creation_time: '2020-01-01T00:00:00Z',
      metadata: { public: 'true', auto_scan: 'false', severity: 'high', retention_id: '7' },
    });
    expect(project).toMatchObject({
      project_id: 3,
      name: 'skaha',
      repo_count: 41,
      current_user_role_ids: [],
    });
    expect(project.metadata).toEqual({
      public: true,
      auto_scan: false,
      prevent_vul: undefined,
      enable_content_trust: undefined,
      reuse_sys_cve_allowlist: undefined,
      severity: 'high',
    });
    expect(projectSchema.parse({ project_id: 4, name: 'private' }).metadata.public).toBe(false);
    expect(projectSchema.safeParse({ name: 'no-id' }).success).toBe(false);
  });

  it('keeps a project whose flags hold text it does not know: unknown, and never public', () => {
    const projects = projectListSchema.parse([
      {
        project_id: 4,
        name: 'odd',
        metadata: { public: 'yes', auto_scan: 'sometimes', severity: 'extreme' },
      },
      { project_id: 5, name: 'skaha', metadata: { public: 'true' } },
    ]);
    expect(projects.map((project) => project.metadata)).toEqual([
      expect.objectContaining({ public: false, auto_scan: undefined, severity: 'extreme' }),
      expect.objectContaining({ public: true }),
    ]);
  });

  it('parses repositories, search results and the error body', () => {
    const repository = repositorySchema.parse({
      id: 977,
      project_id: 3,
      name: 'skaha/astroml-notebook',
      artifact_count: 12,
      description: '',
    });
    expect(repository).toMatchObject({ name: 'skaha/astroml-notebook', artifact_count: 12, pull_count: 0 });
    expect(repository.description).toBeUndefined();
    const search = searchResultSchema.parse({
      project: [{ project_id: 3, name: 'skaha', metadata: { public: 'true' } }],
      repository: [
        {
          project_id: 3,
          project_name: 'skaha',
          project_public: true,
          repository_name: 'skaha/astroml-notebook',
          pull_count: 9,
          artifact_count: 2,
        },
      ],
    });
    expect(search.project[0]?.metadata.public).toBe(true);
    expect(search.repository[0]).toMatchObject({ project_public: true, pull_count: 9 });
    expect(searchResultSchema.parse({ project: null, repository: null })).toEqual({
      project: [],
      repository: [],
    });
    expect(
      harborErrorSchema.parse({ errors: [{ code: 'NOT_FOUND', message: 'artifact skaha/x:1 not found' }] }),
    ).toEqual({ errors: [{ code: 'NOT_FOUND', message: 'artifact skaha/x:1 not found' }] });
  });
});
