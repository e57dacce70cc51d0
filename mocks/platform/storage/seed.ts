import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import { HOSTILE_FOLDER, hostileNodeNames } from '../hostile';
import { demoUsers } from '../users';
import type { StorageData, StoredNode } from './model';
import { WORKSHOP_PRESETS_JSON, WORKSHOP_PROJECT } from './workshop-presets';

const GiB = 1024 ** 3;
const HOME_QUOTA = 100 * GiB;
const PROJECT_QUOTA = 1024 * GiB;
const DAY = 86_400_000;
export const GMS = 'ivo://cadc.nrc.ca/gms?';
export const VOS_AUTHORITY = 'cadc.nrc.ca~arc';
/** The folder the `storage-100k` scenario adds to every home. */
export const BIG_FOLDER = 'survey-100k';
export const BIG_FOLDER_SIZE = 100_000;
/** The user of the `new-user` scenario, whose home does not exist until their first launch. */
export const NEW_USER = 'jdoe';

/** The seeded tree: small, so it fits the snapshot; the 100,000-entry folder is generated when listed. */
export function seedStorage(
  scenarios: ReadonlySet<ScenarioName>,
  _random: Random,
  seedTime: number,
): StorageData {
  const isHomeScenario = scenarios.has('home-full') || scenarios.has('home-nearly-full');
  const homeUsed = scenarios.has('home-full')
    ? HOME_QUOTA
    : scenarios.has('home-nearly-full')
      ? 92 * GiB
      : 20 * GiB;
  const allocations: StorageData['allocations'] = {};
  const nodes: StorageData['nodes'] = {};
  const at = (daysAgo: number, hour = 10) => seedTime - daysAgo * DAY + hour * 3_600_000;
  const base = (creator: string, date: number): Omit<StoredNode, 'kind'> => ({
    creator,
    date,
    isPublic: false,
    groupRead: [],
    groupWrite: [],
  });
  const folder = (path: string, creator: string, date: number, extra: Partial<StoredNode> = {}) => {
    nodes[path] = { ...base(creator, date), kind: 'container', inheritPermissions: false, ...extra };
  };
  const file = (path: string, creator: string, date: number, length: number, contentType: string) => {
    nodes[path] = { ...base(creator, date), kind: 'data', length, contentType, md5: fakeMd5(path) };
  };

  folder('/home', 'root', at(400));
  folder('/projects', 'root', at(400));
  for (const user of demoUsers) {
    const u = user.username;
    if (scenarios.has('new-user') && u === NEW_USER) continue;
    const home = `/home/${u}`;
    const isClean = user.role === 'trainee';
    // a full home is what those scenarios are about, for every user; otherwise a trainee's home is empty
    allocations[home] = { used: isClean && !isHomeScenario ? 0 : homeUsed, quota: HOME_QUOTA };
    folder(home, u, at(1), isClean ? {} : { groupRead: [`${GMS}${u}-collab`] });
    // what fills a trainee's home in those scenarios, for them to find and delete (which frees the space)
    if (isClean && isHomeScenario)
      file(`${home}/simulation-run-07.h5`, u, at(1, 14), homeUsed, 'application/x-hdf5');
    // the workshop's clean account: an empty home, for trainees to fill in the exercises
    if (!isClean) {
      folder(`${home}/data`, u, at(2, 16), {
        inheritPermissions: true,
        groupRead: [`${GMS}${u}-collab`],
        groupWrite: [`${GMS}${u}-collab`],
      });
      // made inside data, whose default ACLs it took: its groups, and inheritance with them
      folder(`${home}/data/raw`, u, at(9), {
        inheritPermissions: true,
        groupRead: [`${GMS}${u}-collab`],
        groupWrite: [`${GMS}${u}-collab`],
      });
      for (let index = 1; index <= 3; index += 1) {
        file(
          `${home}/data/raw/exposure-${index}.fits`,
          u,
          at(9, index),
          2880 * (40 + index),
          'application/fits',
        );
      }
      file(`${home}/data/m101.fits`, u, at(5), 2880 * 120, 'application/fits');
      file(`${home}/m31_deep.fits`, u, at(3, 8), 174_836_480, 'application/fits');
      file(`${home}/catalog.csv`, u, at(4), 48_213, 'text/csv');
      file(`${home}/notes.txt`, u, at(6), 1_840, 'text/plain');
      file(`${home}/thumbnail.png`, u, at(7), PNG_BYTES.length, 'image/png');
      file(`${home}/.bashrc`, u, at(200), 231, 'text/plain');
      if (user.projects.length > 0) {
        const project = user.projects[0] ?? '';
        nodes[`${home}/${project}`] = {
          ...base(u, at(30)),
          kind: 'link',
          target: `vos://${VOS_AUTHORITY}/projects/${project}`,
        };
      }
    }
    if (scenarios.has('storage-100k'))
      folder(`${home}/${BIG_FOLDER}`, u, at(1), { generated: BIG_FOLDER_SIZE });
    if (scenarios.has('hostile')) {
      folder(`${home}/${HOSTILE_FOLDER}`, u, at(1));
      hostileNodeNames.forEach((name, index) => {
        // text files, so a preview shows the name again inside the content
        file(`${home}/${HOSTILE_FOLDER}/${name}.txt`, u, at(1, index), 400 + index, 'text/plain');
        folder(`${home}/${HOSTILE_FOLDER}/${name}`, u, at(2, index));
      });
    }
  }
  for (const project of new Set(demoUsers.flatMap((user) => user.projects))) {
    const root = `/projects/${project}`;
    const group = [`${GMS}${project}`];
    allocations[root] = { used: 310 * GiB, quota: PROJECT_QUOTA };
    folder(root, 'mchen', at(60), { groupRead: group, groupWrite: group, inheritPermissions: true });
    file(`${root}/README.md`, 'mchen', at(20), 912, 'text/markdown');
    folder(`${root}/shared`, 'mchen', at(14), {
      groupRead: group,
      groupWrite: group,
      inheritPermissions: true,
    });
    file(`${root}/shared/field-12.fits`, 'mchen', at(14), 2880 * 300, 'application/fits');
    if (project === WORKSHOP_PROJECT) {
      // a trainer's presets, readable by the project's group (cavern's read ACL)
      folder(`${root}/.canfar`, 'mchen', at(3), { groupRead: group, inheritPermissions: true });
      const text = WORKSHOP_PRESETS_JSON;
      nodes[`${root}/.canfar/launch-presets.json`] = {
        ...base('mchen', at(3)),
        groupRead: group,
        kind: 'data',
        length: new TextEncoder().encode(text).byteLength,
        contentType: 'application/json',
        md5: fakeMd5(`${root}/.canfar/launch-presets.json`),
        text,
      };
    }
  }
  return {
    allocations,
    nodes,
    jobs: {},
    nextJobId: 1,
    corruptUploads: 0,
    ...(scenarios.has('storage-no-packages') ? { packagesUnsupported: true } : {}),
    ...(scenarios.has('storage-no-preauth') ? { preauthUnsupported: true } : {}),
  };
}

/**
 * skaha's UserStorageClient: before a launch it makes sure the user's cavern home exists (an empty folder with
 * the default quota), which is how a brand-new user's home comes to be.
 */
export function ensureHome(storage: StorageData, username: string, now: number): void {
  const home = `/home/${username}`;
  if (storage.nodes[home]) return;
  storage.nodes[home] = {
    creator: username,
    date: now,
    isPublic: false,
    groupRead: [],
    groupWrite: [],
    kind: 'container',
    inheritPermissions: false,
  };
  storage.allocations[home] = { used: 0, quota: HOME_QUOTA };
}

/** A stable, plausible MD5 for seeded files (their bytes are generated, never checked against it). */
export function fakeMd5(seed: string): string {
  let hex = '';
  let h = 0x811c9dc5;
  for (let round = 0; hex.length < 32; round += 1) {
    for (const char of `${seed}#${round}`) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 32);
}

/** A 16×16 PNG (a colour gradient), so image previews have something real to show. */
export const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAABlElEQVR4nAXB0QAAIAxAwSEMIYQA3scQQgghhBmEEMIQhjCEEFLoTgRRpCEdMWQgE1mIIxs5SCCJFHKRh4igija0o4YOdKILdXSjBw000UIv+lARmtIardOMNmiTtmhO27RDC1rSinZpjyZCV3qjd7rRB33SF93pm37oQU960S/90UUwxRrWMcMGNrGFObaxgwWWWGEXe5gIQxmN0RnGGIzJWAxnbMZhBCMZxbiMxxBhKrMxO9OYgzmZi+nMzTzMYCazmJf5mCIsZTVWZxlrsCZrsZy1WYcVrGQV67IeSwRXvOEdN3zgE1+44xs/eOCJF37xh4uwld3YnW3swZ7sxXb2Zh92sJNd7Mt+bBGOchqnc4wzOJOzOM7ZnMMJTnKKczmPI0Io0YhOGDGISSzCiU0cIogkirjEI0RIJRvZSSMHOclFOrnJQwaZZJGXfKQIpVSjOmXUoCa1KKc2daigkirqUo8S4Sq3cTvXuIM7uYvr3M093OAmt7iX+7giPOU1XucZb/Amb/Gct3mHF7zkFe/yHu8DeTsrMIRidWsAAAAASUVORK5CYII=',
  ),
  (char) => char.charCodeAt(0),
);
