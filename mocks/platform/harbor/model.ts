/**
 * The fake harbor service's state, kept in the platform snapshot (JSON, saved per tab in the browser). Harbor is
 * read-only here, so the whole catalogue (≈40 projects, ≈400 repositories, one with 5,000 artifacts) is generated
 * deterministically from `seedTime` on demand (catalog.ts) and nothing of it is stored.
 */
export interface HarborData {
  seedTime: number;
  /** The `hostile` scenario: one more project whose repository, tags and labels have hostile names. */
  hostile?: true;
  /** Test helper: the `registry_url` systeminfo answers with, in place of the registry's host. */
  registryUrl?: string;
}

export interface FakeLabel {
  id: number;
  name: string;
  description: string;
  color: string;
}

export interface FakeProject {
  id: number;
  name: string;
  public: boolean;
  ownerName: string;
  creationTime: number;
  repositories: FakeRepository[];
}

export interface FakeRepository {
  id: number;
  projectId: number;
  projectName: string;
  /** With the project prefix, as Harbor sends it: `skaha/astroml-notebook`. */
  name: string;
  description: string;
  artifactCount: number;
  pullCount: number;
  creationTime: number;
  updateTime: number;
  /** Session types its artifacts are labelled with. */
  types: string[];
  /** Tags of its artifacts, newest first, where the seed names them (tests and the demo refer to them). */
  tags?: string[];
  /** Labels its tagged artifacts carry beyond the session-type ones. */
  extraLabels?: readonly FakeLabel[];
}

export interface FakeTag {
  id: number;
  name: string;
  pushTime: number;
}

export interface FakeArtifact {
  id: number;
  repository: FakeRepository;
  digest: string;
  size: number;
  pushTime: number;
  pullTime: number | undefined;
  tags: FakeTag[];
  labels: FakeLabel[];
  architecture: string;
  os: string;
  author: string;
  created: number;
  env: string[];
  cmd: string[];
  entrypoint: string[];
  imageLabels: Record<string, string>;
  workingDir: string;
}
