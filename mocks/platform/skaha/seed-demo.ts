import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S } from './catalog';
import type { SessionRecord } from './model';
import type { NewSession } from './records';

const MIN = 60_000;
const HOUR = 60 * MIN;
const img = (path: string) => `images.canfar.net/${path}`;
const jdoe = { userid: 'jdoe', uid: 20001 };
const mchen = { userid: 'mchen', uid: 20002, supplementalGroups: [30012, 30477] };
const interactive = { deadlineS: INTERACTIVE_LIFETIME_S };
const headless = { type: 'headless' as const, deadlineS: HEADLESS_LIFETIME_S };

/** Started at `start`, created 13 s earlier, with the event times of samples/skaha-v1-session-events.txt. */
const startedAt = (start: number) => {
  const createdAt = start - 13_000;
  const timeline: SessionRecord['timeline'] = [
    createdAt,
    createdAt + 1_000,
    createdAt + 10_100,
    createdAt + 12_000,
  ];
  return { createdAt, startAt: start, timeline };
};

// jdoe mirrors samples/skaha-v1-session-list.json, plus an expired notebook.
export const jdoeSessions = (t: number): NewSession[] => [
  {
    ...jdoe,
    ...interactive,
    ...startedAt(t - 26 * HOUR - 17 * MIN),
    id: 'k3x9q2ma',
    type: 'notebook',
    name: 'notebook1',
    image: img('skaha/astroml-notebook:26.03'),
    supplementalGroups: [30012, 30477],
    usage: { ramGB: 1.37, cores: 0.042 },
  },
  {
    ...jdoe,
    ...interactive,
    ...startedAt(t - 4 * HOUR - 12 * MIN),
    id: 'p7w1zr4c',
    type: 'carta',
    name: 'carta-m31',
    image: img('skaha/carta:5.1.0'),
    supplementalGroups: [30012],
    fixed: { cores: 4, ramGB: 16 },
    usage: { ramGB: 3.02, cores: 1.208 },
  },
  {
    ...jdoe,
    ...interactive,
    createdAt: t - 1_000,
    startAt: t + 5_000,
    id: 'd2n8vb0e',
    type: 'desktop',
    name: 'desktop1',
    image: img('skaha/desktop:1.2.0'),
    supplementalGroups: [],
  },
  {
    ...jdoe,
    ...headless,
    ...startedAt(t - 50 * MIN),
    runS: 40 * 60,
    id: 'h5c0tt9j',
    name: 'reduce-night-3',
    image: img('myproject/pipeline:2.4'),
    supplementalGroups: [30012],
    fixed: { cores: 2, ramGB: 8 },
    gpus: 1,
    command: { cmd: 'python', args: 'reduce.py --night 3', env: ['NIGHT=3'] },
  },
  {
    ...jdoe,
    ...interactive,
    ...startedAt(t - 99 * HOUR),
    id: 'f8q2lm6x',
    type: 'notebook',
    name: 'old-analysis',
    image: img('skaha/astroml-notebook:25.11'),
    supplementalGroups: [30012],
  },
];

export const mchenSessions = (t: number): NewSession[] => [
  {
    ...mchen,
    ...interactive,
    ...startedAt(t - 2 * HOUR),
    id: 'm4r8c2nt',
    type: 'desktop',
    name: 'desktop1',
    image: img('skaha/desktop:1.2.0'),
  },
  {
    ...mchen,
    ...interactive,
    ...startedAt(t - 110 * MIN),
    id: 'm4r8c2nt',
    appid: 'x7k',
    type: 'desktop-app',
    name: 'ds9-8-6', // skaha names an app after its image (SessionAction.getImageName)
    image: img('skaha/ds9:8.6'),
  },
  {
    ...mchen,
    ...headless,
    ...startedAt(t - 30 * MIN),
    runS: 6 * 3600,
    id: 'q9v3h1sb',
    name: 'lensing-fit',
    image: img('survey-team/private-pipeline:1.0'),
    fixed: { cores: 8, ramGB: 32 },
    gpus: 2,
    command: { cmd: '/opt/fit/run.sh', args: '--field cosmos --iterations 400', env: [] },
  },
  {
    ...mchen,
    ...interactive,
    ...startedAt(t - 20 * MIN),
    id: 'w2f6y8ka',
    type: 'firefly',
    name: 'firefly1',
    image: img('skaha/firefly:2025.3'),
  },
];

// A notebook the scheduler can never place: more cores than any node has free.
export const stuckNotebook = (t: number): NewSession => ({
  ...jdoe,
  ...interactive,
  createdAt: t - 7 * MIN,
  startAt: null,
  stuck: 'insufficient-cpu',
  id: 's7u2ck9p',
  type: 'notebook',
  name: 'big-notebook',
  image: img('skaha/astroml-notebook:26.03'),
  supplementalGroups: [30012],
  fixed: { cores: 16, ramGB: 64 },
});

// Kueue holds the job (suspended): Pending with no pod, so events and logs answer 404 until it is admitted.
export const queuedNotebook = (t: number): NewSession => ({
  ...jdoe,
  ...interactive,
  createdAt: t - 3 * MIN,
  startAt: null,
  stuck: 'queued',
  id: 'q2u8e5dx',
  type: 'notebook',
  name: 'queued-notebook',
  image: img('skaha/astroml-notebook:26.03'),
  supplementalGroups: [30012],
  fixed: { cores: 8, ramGB: 32 },
});

// A notebook 30 minutes from its deadline: the tile warns, and Renew gives it a full lifetime again.
export const endingNotebook = (t: number): NewSession => ({
  ...jdoe,
  ...interactive,
  ...startedAt(t - INTERACTIVE_LIFETIME_S * 1000 + 30 * MIN),
  id: 'e5n1d8gx',
  type: 'notebook',
  name: 'notebook-ending',
  image: img('skaha/astroml-notebook:26.03'),
  supplementalGroups: [30012],
});

// Sessions of a type and a status skaha may add after this portal was built.
export const unknownTypeSessions = (t: number): NewSession[] => [
  {
    ...jdoe,
    ...interactive,
    ...startedAt(t - 2 * HOUR),
    id: 'v1s4z7ur',
    type: 'contributed',
    reported: { type: 'visualizer' },
    name: 'sky-viewer',
    image: img('skaha/visualizer:0.9'),
    supplementalGroups: [30012],
  },
  {
    ...jdoe,
    ...interactive,
    ...startedAt(t - 90 * MIN),
    id: 'e3v8c1tx',
    type: 'notebook',
    reported: { status: 'Suspended' },
    name: 'paused-notebook',
    image: img('skaha/astroml-notebook:26.03'),
    supplementalGroups: [30012],
  },
];
