import { LABEL_TIME } from './catalog';
import type { FakeArtifact, FakeLabel, FakeProject, FakeRepository, FakeTag } from './model';

// Harbor's wire format (HB:api/v2.0/swagger.yaml definitions), as its Go server marshals it.
const time = (ms: number | undefined) =>
  ms === undefined ? '0001-01-01T00:00:00.000Z' : new Date(ms).toISOString();

export function projectJson(project: FakeProject, role: number | undefined) {
  return {
    project_id: project.id,
    owner_id: 1,
    name: project.name,
    registry_id: 0,
    creation_time: time(project.creationTime),
    update_time: time(project.creationTime),
    deleted: false,
    owner_name: '',
    togglable: role === 1,
    current_user_role_id: role ?? 0,
    current_user_role_ids: role === undefined ? null : [role],
    repo_count: project.repositories.length,
    metadata: { public: String(project.public), auto_scan: 'true', severity: 'low', prevent_vul: 'false' },
    cve_allowlist: { id: 0, project_id: project.id, items: [], creation_time: time(0), update_time: time(0) },
  };
}

export function repositoryJson(repository: FakeRepository) {
  return {
    id: repository.id,
    project_id: repository.projectId,
    name: repository.name,
    description: repository.description,
    artifact_count: repository.artifactCount,
    pull_count: repository.pullCount,
    creation_time: time(repository.creationTime),
    update_time: time(repository.updateTime),
  };
}

export function labelJson(label: FakeLabel) {
  return {
    ...label,
    scope: 'g',
    project_id: 0,
    creation_time: time(LABEL_TIME),
    update_time: time(LABEL_TIME),
  };
}

export function tagJson(tag: FakeTag, artifact: FakeArtifact) {
  return {
    id: tag.id,
    repository_id: artifact.repository.id,
    artifact_id: artifact.id,
    name: tag.name,
    push_time: time(tag.pushTime),
    pull_time: time(artifact.pullTime),
    immutable: false,
  };
}

export function artifactJson(artifact: FakeArtifact, options: { withTag: boolean; withLabel: boolean }) {
  const repository = artifact.repository.name.slice(artifact.repository.projectName.length + 1);
  const reference = `/api/v2.0/projects/${artifact.repository.projectName}/repositories/${encodeURIComponent(
    encodeURIComponent(repository),
  )}/artifacts/${artifact.digest}`;
  const config: Record<string, unknown> = {
    Env: artifact.env,
    Cmd: artifact.cmd,
    Labels: artifact.imageLabels,
  };
  if (artifact.entrypoint.length > 0) config.Entrypoint = artifact.entrypoint;
  if (artifact.workingDir) config.WorkingDir = artifact.workingDir;
  return {
    id: artifact.id,
    type: 'IMAGE',
    media_type: 'application/vnd.oci.image.config.v1+json',
    manifest_media_type: 'application/vnd.oci.image.manifest.v1+json',
    artifact_type: 'application/vnd.oci.image.config.v1+json',
    project_id: artifact.repository.projectId,
    repository_id: artifact.repository.id,
    repository_name: artifact.repository.name,
    digest: artifact.digest,
    size: artifact.size,
    icon: 'sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06',
    push_time: time(artifact.pushTime),
    pull_time: time(artifact.pullTime),
    extra_attrs: {
      architecture: artifact.architecture,
      os: artifact.os,
      author: artifact.author,
      created: time(artifact.created),
      config,
    },
    annotations: null,
    references: null,
    // Go marshals a nil slice as null: untagged artifacts, and labels unless asked for.
    tags:
      options.withTag && artifact.tags.length > 0 ? artifact.tags.map((tag) => tagJson(tag, artifact)) : null,
    addition_links: {
      build_history: { href: `${reference}/additions/build_history`, absolute: false },
    },
    labels: options.withLabel && artifact.labels.length > 0 ? artifact.labels.map(labelJson) : null,
  };
}
