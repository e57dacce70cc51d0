import type { Random } from '../random';
import type { LaunchType } from './catalog';
import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S } from './catalog';
import type { NewSession } from './records';

const MIN = 60_000;
const img = (path: string) => `images.canfar.net/${path}`;

const imagesByType: Readonly<Record<LaunchType, string[]>> = {
  notebook: [img('skaha/astroml-notebook:26.03'), img('survey-team/survey-notebook:3.2')],
  desktop: [img('skaha/desktop:1.2.0')],
  carta: [img('skaha/carta:5.1.0')],
  firefly: [img('skaha/firefly:2025.3')],
  contributed: [img('myproject/vscode-web:1.1'), img('myproject/pluto-notebook:0.19')],
  headless: [img('myproject/pipeline:2.4'), img('survey-team/photometry:1.4'), img('skaha/astroml:26.03')],
};

// Weighted: notebooks and batch jobs dominate a real cluster.
const typeMix: LaunchType[] = [
  ...Array<LaunchType>(7).fill('notebook'),
  ...Array<LaunchType>(6).fill('headless'),
  ...Array<LaunchType>(3).fill('desktop'),
  ...Array<LaunchType>(2).fill('carta'),
  'firefly',
  'contributed',
];

const otherUsers = ['aschmidt', 'rkaur', 'tnguyen', 'lgarcia', 'pobrien', 'hyamamoto', 'fdubois', 'kowens'];

const idMaker = (random: Random) => {
  const used = new Set<string>();
  return () => {
    let id = random.chars(8);
    while (used.has(id)) id = random.chars(8);
    used.add(id);
    return id;
  };
};

const maybeFixed = (random: Random) =>
  random.next() < 0.4
    ? { fixed: { cores: random.pick([1, 2, 4, 8]), ramGB: random.pick([4, 8, 16, 32]) } }
    : {};

/** Other people's sessions: they fill `view=all` and the platform's allocation. */
export function otherUsersSessions(random: Random, now: number, count: number): NewSession[] {
  const nextId = idMaker(random);
  return Array.from({ length: count }, (_, index): NewSession => {
    const userIndex = random.int(0, otherUsers.length - 1);
    const type = random.pick(typeMix);
    const pending = random.next() < 0.15;
    const startAt = pending ? now + random.int(2, 20) * 1_000 : now - random.int(5, 60 * 60) * MIN;
    return {
      id: nextId(),
      userid: otherUsers[userIndex] ?? 'aschmidt',
      uid: 21001 + userIndex,
      supplementalGroups: [],
      type,
      name: `${type === 'headless' ? 'job' : type}${index + 1}`,
      image: random.pick(imagesByType[type]),
      createdAt: pending ? now - random.int(0, 3) * 1_000 : startAt - 13_000,
      startAt,
      deadlineS: type === 'headless' ? HEADLESS_LIFETIME_S : INTERACTIVE_LIFETIME_S,
      runS: type === 'headless' ? (now - startAt) / 1000 + random.int(2, 48) * 3600 : undefined,
      ...maybeFixed(random),
    };
  });
}

/** jdoe's big batch campaign: a tenth each Pending-queued/Failed, the rest Running or Completed. */
export function jdoeHeadlessJobs(random: Random, now: number, count: number): NewSession[] {
  const nextId = idMaker(random);
  return Array.from({ length: count }, (_, index): NewSession => {
    const slot = index % 10;
    const runS = random.int(5, 180) * 60;
    let startAt: number;
    if (slot < 2) startAt = now + random.int(30, 7_200) * 1_000;
    else if (slot < 6) startAt = now - random.int(1, runS / 60 - 1) * MIN;
    else startAt = now - runS * 1_000 - random.int(1, 55) * MIN;
    return {
      id: nextId(),
      userid: 'jdoe',
      uid: 20001,
      supplementalGroups: [30012],
      type: 'headless',
      name: `batch-${String(index + 1).padStart(3, '0')}`,
      image: random.pick(imagesByType.headless),
      createdAt: slot < 2 ? now - random.int(0, 600) * 1_000 : startAt - 13_000,
      startAt,
      deadlineS: HEADLESS_LIFETIME_S,
      runS,
      outcome: slot === 9 ? 'Failed' : 'Completed',
      command: { cmd: 'python', args: `reduce.py --tile ${index + 1}`, env: [`TILE=${index + 1}`] },
      ...maybeFixed(random),
    };
  });
}
