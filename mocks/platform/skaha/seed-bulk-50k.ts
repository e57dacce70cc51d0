import { HEADLESS_LIFETIME_S, INTERACTIVE_LIFETIME_S, type LaunchType } from './catalog';
import type { SessionRecord } from './model';

/** The `sessions-50k` scenario: how many sessions jdoe has, generated rather than stored. */
export const BULK_SESSION_COUNT = 50_000;
/** Generated sessions' ids start with this (8 characters, as skaha's); a stored record with one overrides it. */
export const BULK_ID_PREFIX = 'z';

export interface BulkSessions {
  count: number;
  seedTime: number;
}

const MIN = 60_000;
const interactive: readonly LaunchType[] = ['notebook', 'carta', 'firefly', 'contributed'];
const images: Readonly<Record<LaunchType, string>> = {
  notebook: 'images.canfar.net/skaha/astroml-notebook:26.03',
  desktop: 'images.canfar.net/skaha/desktop:1.2.0',
  carta: 'images.canfar.net/skaha/carta:5.1.0',
  firefly: 'images.canfar.net/skaha/firefly:2025.3',
  contributed: 'images.canfar.net/myproject/vscode-web:1.1',
  headless: 'images.canfar.net/myproject/pipeline:2.4',
};

export const bulkId = (index: number) => `${BULK_ID_PREFIX}${index.toString(36).padStart(7, '0')}`;

/**
 * Session `index` of the scenario, the same every time: of every ten, six running interactive sessions, one
 * Pending, one that expired within the hour (a finished session), and two headless jobs (one running, one
 * done). No desktops: each would fetch its desktop-apps.
 */
function bulkRecord(index: number, seedTime: number): SessionRecord {
  const slot = index % 10;
  const type: LaunchType = slot >= 8 ? 'headless' : (interactive[index % interactive.length] ?? 'notebook');
  const minutesAgo = 5 + (index % 600);
  let startAt: number | null = seedTime - minutesAgo * MIN;
  let deadlineS = type === 'headless' ? HEADLESS_LIFETIME_S : INTERACTIVE_LIFETIME_S;
  if (slot === 6) startAt = null; // stays Pending
  if (slot === 7) deadlineS = minutesAgo * 60 - 60 - (index % 40) * 60; // expired a little while ago
  const createdAt = (startAt ?? seedTime - minutesAgo * MIN) - 13_000;
  const at = (fraction: number) => createdAt + Math.round(13_000 * fraction);
  return {
    id: bulkId(index),
    userid: 'jdoe',
    uid: 20001,
    supplementalGroups: [30012],
    image: images[type],
    type,
    name: `field-${String(index + 1).padStart(5, '0')}`,
    createdAt,
    startAt,
    deadlineS: Math.max(60, deadlineS),
    ...(type === 'headless'
      ? { runS: slot === 9 ? (minutesAgo - 1) * 60 : 48 * 3600, outcome: 'Completed' as const }
      : {}),
    gpus: 0,
    usage: { ramGB: 1 + (index % 7), cores: 0.25 + (index % 4) / 4 },
    pod: `skaha-${type}-jdoe-${bulkId(index)}-${(index % 99_991).toString(36).padStart(5, '0')}`,
    node: `node-w${String(1 + (index % 48)).padStart(2, '0')}`,
    timeline: [at(0.375), at(0.45), at(0.725), at(0.875)],
  };
}

// Generated once per platform state and kept out of its snapshot (50,000 records would not fit in the tab's
// sessionStorage); a session the user renews or deletes is stored, and the stored record wins.
const cache = new WeakMap<BulkSessions, SessionRecord[]>();

export function bulkSessions(bulk: BulkSessions): SessionRecord[] {
  let records = cache.get(bulk);
  if (!records) {
    records = Array.from({ length: bulk.count }, (_, index) => bulkRecord(index, bulk.seedTime));
    cache.set(bulk, records);
  }
  return records;
}

export const isBulkId = (id: string) => id.length === 8 && id.startsWith(BULK_ID_PREFIX);
