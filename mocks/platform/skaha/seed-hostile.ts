import {
  HOSTILE,
  HOSTILE_HARBOR_PROJECT,
  HOSTILE_REPOSITORY,
  HOSTILE_SESSION_NAME,
  HOSTILE_TAG,
} from '../hostile';
import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S } from './catalog';
import type { NewSession } from './records';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** The `hostile` repository's newest image: a 255-character project, a long repository and a 128-character tag. */
export const HOSTILE_IMAGE = `images.canfar.net/${HOSTILE_HARBOR_PROJECT}/${HOSTILE_REPOSITORY}:${HOSTILE_TAG}`;

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
