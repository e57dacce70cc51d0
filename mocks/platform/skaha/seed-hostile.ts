import {
  HOSTILE,
  HOSTILE_HARBOR_PROJECT,
  HOSTILE_REPOSITORY,
  HOSTILE_SESSION_NAME,
  HOSTILE_TAG,
} from '../hostile';
import type { ImageRecord } from './catalog';
import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S } from './catalog';
import type { NewSession } from './records';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** The `hostile` repository's newest image: a 255-character project, a long repository and a 128-character tag. */
export const HOSTILE_IMAGE = `images.canfar.net/${HOSTILE_HARBOR_PROJECT}/${HOSTILE_REPOSITORY}:${HOSTILE_TAG}`;

/**
 * skaha's image cache copies every Harbor label name into `types` (platform-api §1.14), so free-text labels reach
 * the launch form's image list too.
 */
export const hostileImages = (): ImageRecord[] => [
  {
    id: HOSTILE_IMAGE,
    types: ['notebook', 'headless', HOSTILE.img, HOSTILE.rtl],
    digest: 'sha256:6f0c3b9e2d1a4f5e8c7b6a5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f',
    public: true,
  },
];

/** Sessions skaha would accept: its name rule leaves only length, so the image and command carry the rest. */
export const hostileSessions = (t: number): NewSession[] => [
  {
    userid: 'jdoe',
    uid: 20001,
    deadlineS: INTERACTIVE_LIFETIME_S,
    createdAt: t - 3 * HOUR - 13_000,
    startAt: t - 3 * HOUR,
    id: 'x0s7l3tq',
    type: 'notebook',
    name: HOSTILE_SESSION_NAME,
    image: HOSTILE_IMAGE,
    supplementalGroups: [],
  },
  {
    userid: 'jdoe',
    uid: 20001,
    deadlineS: HEADLESS_LIFETIME_S,
    type: 'headless',
    createdAt: t - 40 * MIN - 13_000,
    startAt: t - 40 * MIN,
    runS: 5 * 3600,
    id: 'x1h4d9wz',
    name: `${HOSTILE_SESSION_NAME.slice(0, 58)}-job1`,
    image: HOSTILE_IMAGE,
    supplementalGroups: [],
    command: {
      cmd: 'python',
      args: `run.py --title ${HOSTILE.img} ${HOSTILE.rtl}`,
      env: [`NOTE=${HOSTILE.script}`, `LINK=${HOSTILE.jsUrl}`],
    },
  },
];
