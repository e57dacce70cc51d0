import { HOSTILE, HOSTILE_HARBOR_PROJECT, HOSTILE_REPOSITORY, HOSTILE_TAG } from '../hostile';
import { createRandom } from '../random';
import type { FakeArtifact, FakeLabel, FakeProject, FakeRepository, FakeTag } from './model';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Global labels marking session types, as CANFAR's maintainers apply them (platform-api §4.6). */
export const sessionLabels: readonly FakeLabel[] = [
  { id: 1, name: 'carta', description: 'Launchable as a CARTA session', color: '#1C5D99' },
  { id: 2, name: 'desktop', description: 'Launchable as a desktop session', color: '#6B4E9B' },
  { id: 3, name: 'contributed', description: 'A contributed web application', color: '#B3541E' },
  { id: 4, name: 'notebook', description: 'Launchable as a Jupyter notebook session', color: '#48960C' },
  { id: 5, name: 'firefly', description: 'Launchable as a Firefly session', color: '#A4243B' },
  { id: 6, name: 'headless', description: 'Runs as a headless job', color: '#4A5759' },
  { id: 7, name: 'desktop-app', description: 'An application for desktop sessions', color: '#2E7D6B' },
];
/** Labels of the `hostile` scenario: Harbor keeps label names and descriptions as free text. */
export const hostileLabels: readonly FakeLabel[] = [
  { id: 101, name: HOSTILE.img, description: HOSTILE.script, color: '#A4243B' },
  { id: 102, name: HOSTILE.bold, description: HOSTILE.jsUrl, color: '#1C5D99' },
  { id: 103, name: HOSTILE.rtl, description: HOSTILE.emoji, color: '#48960C' },
  { id: 104, name: HOSTILE.emoji, description: HOSTILE.long, color: '#6B4E9B' },
  { id: 105, name: HOSTILE.script, description: HOSTILE.bold, color: '#4A5759' },
  { id: 106, name: HOSTILE.jsUrl, description: HOSTILE.rtl, color: '#B3541E' },
  { id: 107, name: HOSTILE.long, description: HOSTILE.img, color: '#2E7D6B' },
];
export const LABEL_TIME = Date.parse('2021-02-10T19:00:00.000Z');

/** The repository whose 5,000 artifacts exercise paging. */
export const BIG_REPOSITORY = 'skaha/astro-nightly';
const BIG_COUNT = 5_000;

/** The artifact of `docs/samples/harbor-v2-artifacts.json`, newest in `skaha/astroml-notebook`. */
const SAMPLE_DIGEST = 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d';
/**
 * The newest artifacts' digests as `docs/samples/skaha-v1-image-list.json` has them, so that skaha's list, which
 * is made from this catalogue (skaha/image-cache.ts), shows the digests the samples and tests know.
 */
const sampleDigests: Readonly<Record<string, string>> = {
  'skaha/astroml-notebook': SAMPLE_DIGEST,
  'skaha/astroml': 'sha256:a9c3e1f0b2d4c6e8f1a3b5c7d9e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6',
  'skaha/carta': 'sha256:0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d',
  'skaha/desktop': 'sha256:3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
  'skaha/firefly': 'sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b',
  'myproject/vscode-web': 'sha256:7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e',
};

interface RepoSeed {
  name: string;
  types: string[];
  description: string;
  tags?: string[];
  count?: number;
  extraLabels?: readonly FakeLabel[];
}

interface ProjectSeed {
  name: string;
  public: boolean;
  owner: string;
  repositories: RepoSeed[];
}

// skaha lists the labelled artifacts of the public ones (mocks/platform/skaha/image-cache.ts).
const namedProjects: ProjectSeed[] = [
  {
    name: 'skaha',
    public: true,
    owner: 'canfar-admin',
    repositories: [
      {
        name: 'astroml-notebook',
        types: ['notebook'],
        description: 'Jupyter with the astro ML stack',
        tags: ['26.03', '25.11', '25.06', '24.12'],
      },
      {
        name: 'astroml',
        types: ['headless', 'desktop-app'],
        description: 'The astro ML stack for batch jobs',
        tags: ['26.03', '25.11', '25.06'],
      },
      {
        name: 'carta',
        types: ['carta'],
        description: 'CARTA image viewer',
        tags: ['5.1.0', '5.0.2', '4.1.0', '4.0.0'],
      },
      {
        name: 'desktop',
        types: ['desktop'],
        description: 'Linux desktop session',
        tags: ['1.2.0', '1.1.0', '1.0.3'],
      },
      {
        name: 'firefly',
        types: ['firefly'],
        description: 'IRSA Firefly',
        tags: ['2025.3', '2025.2', '2024.3'],
      },
      { name: 'ds9', types: ['desktop-app'], description: 'SAOImage DS9', tags: ['8.6', '8.5', '8.4'] },
      { name: 'topcat', types: ['desktop-app'], description: 'TOPCAT table tool', tags: ['4.10', '4.9'] },
      {
        name: 'casa',
        types: ['desktop-app', 'headless'],
        description: 'CASA for radio astronomy',
        tags: ['6.6.5', '6.6.4', '6.5.6'],
      },
      {
        name: 'scipy-notebook',
        types: ['notebook'],
        description: 'Jupyter with SciPy',
        tags: ['26.01', '25.10'],
      },
      {
        name: 'team/astroml-gpu',
        types: ['notebook', 'headless'],
        description: 'The astro ML stack with CUDA',
        tags: ['26.03-cuda12', '25.11-cuda12'],
      },
      {
        name: 'astro-nightly',
        types: ['notebook', 'headless'],
        description: 'Nightly builds of the astro stack',
        count: BIG_COUNT,
      },
      {
        name: 'terminal',
        types: ['headless', 'desktop-app'],
        description: 'A shell for headless jobs and desktops',
        tags: ['1.1.2', '1.1.1', '1.0.0'],
      },
    ],
  },
  {
    name: 'myproject',
    public: true,
    owner: 'jdoe',
    repositories: [
      {
        name: 'vscode-web',
        types: ['contributed'],
        description: 'VS Code in the browser',
        tags: ['1.1', '1.0'],
      },
      { name: 'pluto', types: ['contributed'], description: 'Pluto.jl notebooks', tags: ['0.20', '0.19'] },
    ],
  },
  {
    name: 'survey-team',
    public: false,
    owner: 'mchen',
    repositories: [
      {
        name: 'survey-pipeline',
        types: ['headless'],
        description: 'The survey reduction pipeline',
        tags: ['3.2.0', '3.1.1', '3.1.0'],
      },
      {
        name: 'survey-notebook',
        types: ['notebook'],
        description: 'Notebook with the survey tools',
        tags: ['3.2.0', '3.1.0'],
      },
      {
        name: 'private-pipeline',
        types: ['headless'],
        description: 'Fitting pipeline of the survey team',
        tags: ['1.0', '0.9'],
      },
    ],
  },
  {
    name: 'lensing-lab',
    public: false,
    owner: 'mchen',
    repositories: [
      {
        name: 'lens-models',
        types: ['notebook', 'headless'],
        description: 'Strong-lensing models',
        tags: ['0.9.1', '0.9.0'],
      },
    ],
  },
];

/** Harbor's rules keep project and repository names plain; length, descriptions, tags and labels remain. */
const hostileProject: ProjectSeed = {
  name: HOSTILE_HARBOR_PROJECT,
  public: true,
  owner: 'jdoe',
  repositories: [
    {
      name: HOSTILE_REPOSITORY,
      types: ['notebook', 'headless'],
      description: `${HOSTILE.img} ${HOSTILE.bold} ${HOSTILE.rtl} ${HOSTILE.emoji} ${HOSTILE.long}`,
      tags: [HOSTILE_TAG, '0.9'],
      extraLabels: hostileLabels,
    },
    {
      name: 'rtl_and_emoji',
      types: ['desktop-app'],
      description: `${HOSTILE.rtl} ${HOSTILE.script} ${HOSTILE.jsUrl}`,
      tags: ['1.0'],
      extraLabels: hostileLabels.slice(2, 4),
    },
  ],
};

const themes = [
  'radio',
  'xray',
  'optical',
  'infrared',
  'transient',
  'galaxy',
  'stellar',
  'planetary',
  'cosmology',
  'solar',
  'pulsar',
  'exoplanet',
  'spectro',
  'imaging',
  'survey',
  'archive',
  'astrochem',
  'cluster',
  'quasar',
  'nebula',
  'dwarf',
  'halo',
  'maser',
  'comet',
  'meteor',
  'binary',
  'variable',
  'supernova',
  'magnetar',
  'jet',
  'dust',
  'gas',
  'star-forming',
  'kinematics',
  'photometry',
  'astrometry',
];
const tools = [
  'pipeline',
  'notebook',
  'reduce',
  'calibrate',
  'desktop',
  'viewer',
  'fitter',
  'simulator',
  'ml',
  'tools',
  'stack',
  'catalog',
  'mosaic',
];
const toolTypes: Record<string, string[]> = {
  pipeline: ['headless'],
  notebook: ['notebook'],
  reduce: ['headless', 'desktop-app'],
  calibrate: ['headless'],
  desktop: ['desktop'],
  viewer: ['desktop-app'],
  fitter: ['notebook', 'headless'],
  ml: ['notebook'],
  stack: ['notebook', 'desktop'],
};

/** A 32-bit FNV-1a hash: the seed of one generated thing, so each is the same every time it is made. */
export function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return value;
}

function digestOf(key: string): string {
  let hex = '';
  for (let round = 0; hex.length < 64; round += 1)
    hex += hash(`${key}#${round}`).toString(16).padStart(8, '0');
  return `sha256:${hex.slice(0, 64)}`;
}

function generatedProjects(): ProjectSeed[] {
  return themes.map((theme, index) => {
    const random = createRandom(hash(`project:${theme}`));
    const count = 9 + random.int(0, 3);
    const start = random.int(0, tools.length - 1);
    const repositories = Array.from({ length: count }, (_, offset): RepoSeed => {
      const tool = tools[(start + offset) % tools.length] ?? 'tools';
      const name = offset >= tools.length ? `${theme}-${tool}-${offset}` : `${theme}-${tool}`;
      return {
        name,
        types: toolTypes[tool] ?? [],
        description: `${theme} ${tool}`,
        count: 1 + random.int(0, 14),
      };
    });
    // Every fourth is private to a team no demo user belongs to.
    return { name: `${theme}-lab`, public: index % 4 !== 3, owner: `pi-${theme}`, repositories };
  });
}

export interface Catalog {
  projects: FakeProject[];
  labels: readonly FakeLabel[];
}

function buildCatalog(seedTime: number, hostile: boolean): Catalog {
  let nextRepositoryId = 1000;
  const seeds = [...namedProjects, ...generatedProjects(), ...(hostile ? [hostileProject] : [])];
  const projects = seeds.map((seed, index): FakeProject => {
    const id = seed.name === 'skaha' ? 3 : index + 10;
    const creationTime = seedTime - (1500 - index * 20) * DAY;
    const repositories = seed.repositories.map((repo, repoIndex): FakeRepository => {
      const random = createRandom(hash(`repo:${seed.name}/${repo.name}`));
      const repoId = seed.name === 'skaha' && repo.name === 'astroml-notebook' ? 977 : nextRepositoryId++;
      const updateTime = seedTime - random.int(1, 200) * HOUR - repoIndex * DAY;
      const fake: FakeRepository = {
        id: repoId,
        projectId: id,
        projectName: seed.name,
        name: `${seed.name}/${repo.name}`,
        description: repo.description,
        artifactCount: repo.tags?.length ?? repo.count ?? 1,
        pullCount: random.int(0, 40_000),
        creationTime: creationTime + random.int(1, 300) * DAY,
        updateTime,
        types: repo.types,
      };
      if (repo.tags) fake.tags = repo.tags;
      if (repo.extraLabels) fake.extraLabels = repo.extraLabels;
      return fake;
    });
    return { id, name: seed.name, public: seed.public, ownerName: seed.owner, creationTime, repositories };
  });
  return { projects, labels: hostile ? [...sessionLabels, ...hostileLabels] : sessionLabels };
}

// Generated once per seed time, in memory only: the snapshot holds just the seed time.
let cachedCatalog: { seedTime: number; hostile: boolean; catalog: Catalog } | undefined;

export function catalogFor(seedTime: number, hostile = false): Catalog {
  if (cachedCatalog?.seedTime !== seedTime || cachedCatalog.hostile !== hostile)
    cachedCatalog = { seedTime, hostile, catalog: buildCatalog(seedTime, hostile) };
  return cachedCatalog.catalog;
}

const cachedArtifacts = new Map<string, FakeArtifact[]>();

/** A repository's artifacts, newest first (Harbor's default order), generated afresh. */
export const generateArtifacts = (repository: FakeRepository, seedTime: number): FakeArtifact[] =>
  Array.from({ length: repository.artifactCount }, (_, index) => makeArtifact(repository, index, seedTime));

/** A repository's artifacts, newest first (Harbor's default order), generated on demand and kept for a few. */
export function artifactsOf(repository: FakeRepository, seedTime: number): FakeArtifact[] {
  const key = `${seedTime}:${repository.id}`;
  const cached = cachedArtifacts.get(key);
  if (cached) return cached;
  const artifacts = generateArtifacts(repository, seedTime);
  if (cachedArtifacts.size >= 8) {
    const oldest = cachedArtifacts.keys().next().value;
    if (oldest !== undefined) cachedArtifacts.delete(oldest);
  }
  cachedArtifacts.set(key, artifacts);
  return artifacts;
}

/**
 * Harbor lists an artifact's tags newest push first, then by id, descending (`Tag.GetDefaultSorts` in
 * goharbor/harbor src/pkg/tag/model/tag/model.go, read at c50c7ddd, applied by `orm.QuerySetter` when
 * `populateTags` asks with no sort). skaha's image cache names an artifact by the first of them.
 */
const byHarborTagOrder = (a: FakeTag, b: FakeTag) => b.pushTime - a.pushTime || b.id - a.id;

function tagNames(repository: FakeRepository, index: number): string[] {
  const count = repository.artifactCount;
  const named = repository.tags?.[index];
  const names = named ? [named] : [];
  if (!named && repository.name === BIG_REPOSITORY) names.push(`build-${count - index}`);
  else if (!named && index % 6 !== 5) names.push(`0.${count - index}.0`);
  if (index === 0) names.push('latest');
  return names;
}

/**
 * When an artifact was last pulled: `hoursAgo` before the seed, or, where that comes before its last push
 * (Harbor cannot pull what is not there yet), as far between that push and the seed.
 */
function pulledAfter(tags: readonly FakeTag[], pushTime: number, seedTime: number, hoursAgo: number): number {
  const pushed = Math.max(pushTime, ...tags.map((tag) => tag.pushTime));
  const drawn = seedTime - hoursAgo * HOUR;
  return drawn >= pushed ? drawn : seedTime - Math.round(((seedTime - pushed) * hoursAgo) / 401);
}

function makeArtifact(repository: FakeRepository, index: number, seedTime: number): FakeArtifact {
  const random = createRandom(hash(`artifact:${repository.name}:${index}`));
  const isBig = repository.name === BIG_REPOSITORY;
  const isSample = repository.id === 977 && index === 0;
  const step = isBig ? 6 * HOUR : 45 * DAY;
  const pushTime = Math.min(repository.updateTime, seedTime) - index * step - random.int(0, 3_600) * 1000;
  const id = repository.id * 10_000 + (repository.artifactCount - index);
  // `latest` (the newest artifact's second name) was pushed half a second before the version tag, so Harbor's
  // order puts the version first, as both shared samples show this artifact (listed by skaha as `:26.03`).
  const names = tagNames(repository, index);
  const tags = names
    .map((name, tagIndex): FakeTag => ({
      id: isSample ? 60_114 + tagIndex : id * 4 + tagIndex,
      name,
      pushTime: pushTime + (names.length - 1 - tagIndex) * 500,
    }))
    .sort(byHarborTagOrder);
  // Untagged artifacts carry no labels, and some older tagged ones only a part of the repository's types.
  const types =
    tags.length === 0 ? [] : repository.types.filter((_, k) => index === 0 || (index + k) % 3 !== 2);
  const labels = [
    ...sessionLabels.filter((label) => types.includes(label.name)),
    ...(tags.length > 0 ? (repository.extraLabels ?? []) : []),
  ];
  const tagName = tags[0]?.name ?? 'untagged';
  const short = repository.name.slice(repository.name.lastIndexOf('/') + 1);
  const architecture = index % 4 === 3 ? 'arm64' : 'amd64';
  const entrypoint = types.includes('notebook') ? ['/usr/bin/tini', '--'] : [];
  const cmd = types.includes('notebook')
    ? ['start-notebook.sh']
    : types.includes('desktop-app')
      ? [`/opt/${short}/bin/${short}`]
      : ['/bin/bash'];
  return {
    id: isSample ? 48_211 : id,
    repository,
    digest:
      (index === 0 ? sampleDigests[repository.name] : undefined) ?? digestOf(`${repository.name}@${index}`),
    size: isSample ? 6_120_448_812 : random.int(180, 9_000) * 1_048_576 + random.int(0, 1_048_575),
    pushTime,
    pullTime: index % 5 === 4 ? undefined : pulledAfter(tags, pushTime, seedTime, random.int(1, 400)),
    tags,
    labels,
    architecture,
    os: 'linux',
    author: repository.projectName === 'skaha' ? 'CANFAR Team' : `${repository.projectName} maintainers`,
    created: pushTime - random.int(5, 90) * 60_000,
    env: [
      'PATH=/opt/conda/bin:/usr/local/bin:/usr/bin:/bin',
      `${short.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_VERSION=${tagName}`,
      'LANG=C.UTF-8',
    ],
    cmd,
    entrypoint,
    imageLabels: {
      'org.opencontainers.image.source': `https://github.com/opencadc/science-containers/tree/main/${short}`,
      'org.opencontainers.image.version': tagName,
      'org.opencontainers.image.title': short,
    },
    workingDir: types.includes('notebook') ? '/arc/home' : '',
  };
}
