// @vitest-environment node
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addStorageNode, getPlatform, resetFakePlatform, tokenFor } from '../node';
import { call, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const NS =
  'xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const folderXml = (path: string) =>
  `<vos:node ${NS} uri="vos://cadc.nrc.ca~arc${path}" xsi:type="vos:ContainerNode"><vos:properties/><vos:nodes/></vos:node>`;

async function text(path: string, options: Parameters<typeof call>[1] = {}) {
  const response = await call(path, options);
  return { status: response.status, body: await response.text(), headers: response.headers };
}

const move = (from: string, to: string) =>
  `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1"><vos:target>vos://cadc.nrc.ca~arc${from}</vos:target><vos:direction>vos://cadc.nrc.ca~arc${to}</vos:direction><vos:keepBytes>false</vos:keepBytes></vos:transfer>`;

const childUris = (xml: string) => [...xml.matchAll(/<vos:node uri="([^"]+)"/g)].map((match) => match[1]);

async function runJob(root: string, init: Parameters<typeof call>[1]) {
  const created = await call(`/arc/${root}`, { ...init, method: 'POST' });
  // fetch follows cavern's 303 to the job
  expect(created.status).toBe(200);
  expect(await created.text()).toContain('<uws:phase>PENDING</uws:phase>');
  const location = new URL(created.url).pathname;
  await call(`${location}/phase`, { form: { PHASE: 'RUN' } });
  let job = await text(`${location}?WAIT=6`);
  for (let attempt = 0; attempt < 10 && job.body.includes('EXECUTING'); attempt += 1) {
    job = await text(`${location}?WAIT=6`);
  }
  return job.body;
}

const PKG_VIEW = 'vos://cadc.nrc.ca~vospace/CADC/std/Pkg-1.0';
const packageXml = (paths: string[], format?: string) =>
  `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">${paths
    .map((path) => `<vos:target>vos://cadc.nrc.ca~arc${path}</vos:target>`)
    .join('')}<vos:direction>pullFromVoSpace</vos:direction><vos:view uri="${PKG_VIEW}">${
    format ? `<vos:param uri="ivo://ivoa.net/vospace/core#format">${format}</vos:param>` : ''
  }</vos:view><vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget"/></vos:transfer>`;

/** The tar entries: name, type flag and bytes, read back from the 512-byte ustar blocks. */
function untar(bytes: Uint8Array) {
  const decoder = new TextDecoder();
  const field = (block: Uint8Array, start: number, width: number) =>
    decoder.decode(block.subarray(start, start + width)).replace(/\0.*$/s, '');
  const entries: { name: string; type: string; link: string; body: Uint8Array }[] = [];
  for (let offset = 0; offset + 512 <= bytes.length;) {
    const block = bytes.subarray(offset, offset + 512);
    if (block.every((byte) => byte === 0)) break;
    const prefix = field(block, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(block, 0, 100);
    const size = parseInt(field(block, 124, 12), 8);
    const sum = block.reduce((total, byte, index) => total + (index >= 148 && index < 156 ? 32 : byte), 0);
    expect(parseInt(field(block, 148, 8), 8)).toBe(sum);
    entries.push({
      name,
      type: field(block, 156, 1),
      link: field(block, 157, 100),
      body: bytes.slice(offset + 512, offset + 512 + size),
    });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

describe('fake cavern packages', () => {
  it('packages two files and a folder as one zip through the 303 chain', async () => {
    await call('/arc/files/home/jdoe/data/hello.txt', { method: 'PUT', body: 'hello world' });
    const response = await call('/arc/synctrans', {
      method: 'POST',
      body: packageXml(
        ['/home/jdoe/catalog.csv', '/home/jdoe/notes.txt', '/home/jdoe/data'],
        'application/zip',
      ),
      headers: { 'Content-Type': 'text/xml' },
    });
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    const jobId = /\/arc\/pkg\/([^/]+)\/run$/.exec(new URL(response.url).pathname)?.[1];
    expect(jobId).toMatch(/^[\w-]+$/);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `inline;filename=cavern-download-${jobId ?? ''}.zip`,
    );
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual([
      'catalog.csv',
      'data/',
      'data/hello.txt',
      'data/m101.fits',
      'data/raw/',
      'data/raw/exposure-1.fits',
      'data/raw/exposure-2.fits',
      'data/raw/exposure-3.fits',
      'notes.txt',
    ]);
    expect(new TextDecoder().decode(entries['data/hello.txt'])).toBe('hello world');
    expect(entries['catalog.csv']).toHaveLength(48_213);
    expect(new TextDecoder().decode(entries['data/m101.fits']?.subarray(0, 9))).toBe('SIMPLE  =');
    const job = await text(`/arc/synctrans/${jobId ?? ''}`);
    expect(job.body).toContain('<uws:phase>COMPLETED</uws:phase>');
  });

  it('walks the phases: PENDING, then SUSPENDED after /run, EXECUTING while streaming', async () => {
    // Read the 303s one at a time, as the real service sends them.
    const first = await fetch('http://portal.test/arc/synctrans', {
      method: 'POST',
      body: packageXml(['/home/jdoe/data']),
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}`, 'Content-Type': 'text/xml' },
      redirect: 'manual',
    });
    expect(first.status).toBe(303);
    const run = first.headers.get('location') ?? '';
    expect(run).toMatch(/^\/arc\/synctrans\/[^/]+\/run$/);
    const jobPath = run.replace(/\/run$/, '');
    expect((await text(jobPath)).body).toContain('<uws:phase>PENDING</uws:phase>');
    const second = await fetch(`http://portal.test${run}`, {
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}` },
      redirect: 'manual',
    });
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe(run.replace('/synctrans/', '/pkg/'));
    expect((await text(jobPath)).body).toContain('<uws:phase>SUSPENDED</uws:phase>');
    const archive = await call(run.replace('/synctrans/', '/pkg/'));
    // One target: the package is named after it; tar when no format is asked for.
    expect(archive.headers.get('content-disposition')).toBe('inline;filename=cavern-download-data.tar');
    expect(archive.headers.get('content-type')).toBe('application/x-tar');
    expect((await text(jobPath)).body).toContain('<uws:phase>EXECUTING</uws:phase>');
    const entries = untar(new Uint8Array(await archive.arrayBuffer()));
    expect(entries.map((entry) => `${entry.type} ${entry.name}`)).toEqual([
      '5 data/',
      '5 data/raw/',
      '0 data/raw/exposure-1.fits',
      '0 data/raw/exposure-2.fits',
      '0 data/raw/exposure-3.fits',
      '0 data/m101.fits',
    ]);
    expect(entries[5]?.body).toHaveLength(2880 * 120);
    expect((await text(jobPath)).body).toContain('<uws:phase>COMPLETED</uws:phase>');
  });

  it('puts a link as a symbolic link in a tar', async () => {
    const response = await call('/arc/synctrans', {
      method: 'POST',
      body: packageXml(['/home/mchen/survey-team', '/home/mchen/notes.txt'], 'application/x-tar'),
      headers: { 'Content-Type': 'text/xml' },
      user: 'mchen',
    });
    const entries = untar(new Uint8Array(await response.arrayBuffer()));
    expect(entries[0]).toMatchObject({ name: 'survey-team', type: '2', link: '/projects/survey-team' });
  });

  it('refuses another user, a missing target, an unknown format, and another user’s job', async () => {
    const post = (body: string, user = 'jdoe') =>
      call('/arc/synctrans', { method: 'POST', body, headers: { 'Content-Type': 'text/xml' }, user });
    expect((await post(packageXml(['/home/mchen/notes.txt']))).status).toBe(403);
    expect((await post(packageXml(['/home/jdoe/nothing']))).status).toBe(404);
    expect((await post(packageXml(['/home/jdoe/notes.txt'], 'application/rar'))).status).toBe(400);
    const anonymous = await call('/arc/synctrans', {
      method: 'POST',
      body: packageXml(['/home/jdoe/notes.txt']),
      token: '',
    });
    // no credentials: a stranger, refused as one (403), not asked to sign in
    expect(anonymous.status).toBe(403);
    const first = await fetch('http://portal.test/arc/synctrans', {
      method: 'POST',
      body: packageXml(['/home/jdoe/notes.txt']),
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}` },
      redirect: 'manual',
    });
    const run = first.headers.get('location') ?? '';
    expect((await call(run, { user: 'mchen' })).status).toBe(404);
    expect((await call(run, { token: '' })).status).toBe(403);
  });

  it('answers 501 where the deployment has no package view', async () => {
    resetFakePlatform('storage-no-packages');
    const response = await call('/arc/synctrans', {
      method: 'POST',
      body: packageXml(['/home/jdoe/notes.txt'], 'application/zip'),
    });
    expect(response.status).toBe(501);
  });
});

const downloadXml = (path: string) =>
  `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1"><vos:target>vos://cadc.nrc.ca~arc${path}</vos:target><vos:direction>pullFromVoSpace</vos:direction><vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget"/></vos:transfer>`;

/** The endpoints of a download's transfer details, in their order, and what each answers to no credentials. */
async function downloadEndpoints(path: string) {
  const details = await call('/arc/synctrans', {
    method: 'POST',
    body: downloadXml(path),
    headers: { 'Content-Type': 'text/xml' },
  });
  expect(new URL(details.url).pathname).toMatch(/^\/arc\/transfers\/[^/]+\/results\/transferDetails$/);
  const endpoints = [...(await details.text()).matchAll(/<vos:endpoint>([^<]+)<\/vos:endpoint>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  const anonymous = await Promise.all(endpoints.map(async (at) => (await call(at, { token: '' })).status));
  return { endpoints, anonymous };
}

describe('fake cavern downloads', () => {
  it('offers the pre-authorised endpoint first, then the plain one that needs the caller’s credentials', async () => {
    const { endpoints, anonymous } = await downloadEndpoints('/home/jdoe/notes.txt');
    expect(endpoints).toEqual([
      expect.stringMatching(/^\/arc\/files\/preauth:[^/]+\/home\/jdoe\/notes\.txt$/),
      '/arc/files/home/jdoe/notes.txt',
    ]);
    expect(anonymous).toEqual([200, 403]);
    expect((await call(endpoints[1] ?? '')).status).toBe(200);
  });

  it('offers only the plain endpoint without pre-authorisation keys, as behind an OIDC identity manager', async () => {
    resetFakePlatform('storage-no-preauth');
    const { endpoints, anonymous } = await downloadEndpoints('/home/jdoe/notes.txt');
    expect(endpoints).toEqual(['/arc/files/home/jdoe/notes.txt']);
    expect(anonymous).toEqual([403]);
    expect(await (await call('/arc/files/home/jdoe/notes.txt')).text()).not.toBe('');
  });
});

describe('fake cavern file headers', () => {
  it('names a file in Content-Disposition as cavern does, and leaves it out where Tomcat cannot send the name', async () => {
    for (const name of ['été.txt', 'Ωmega.txt', '観測.fits']) addStorageNode(`/home/jdoe/${name}`, 'data');
    const disposition = async (name: string, method = 'GET') =>
      (await call(`/arc/files/home/jdoe/${encodeURIComponent(name)}`, { method })).headers.get(
        'Content-Disposition',
      );
    expect(await disposition('notes.txt')).toBe('inline; filename="notes.txt"');
    // ISO-8859-1, as Tomcat writes a header: the name's Latin-1 characters go out as they are
    expect(await disposition('été.txt')).toBe('inline; filename="été.txt"');
    expect(await disposition('Ωmega.txt')).toBeNull();
    expect(await disposition('観測.fits')).toBeNull();
    expect(await disposition('観測.fits', 'HEAD')).toBeNull();
    expect((await call(`/arc/files/home/jdoe/${encodeURIComponent('Ωmega.txt')}`)).status).toBe(200);
  });
});

describe('fake cavern: names java.net.URI does not take', () => {
  it('lists them, but fails every call on one with a space (NodeAction, FileAction)', async () => {
    addStorageNode('/home/jdoe/My Data.csv', 'data');
    expect(childUris((await text('/arc/nodes/home/jdoe')).body)).toContain(
      'vos://cadc.nrc.ca~arc/home/jdoe/My%20Data.csv',
    );
    expect(await text('/arc/nodes/home/jdoe/My%20Data.csv')).toMatchObject({
      status: 500,
      body: 'unexpected exception: java.lang.RuntimeException: BUG: VOSURI syntax: vos://cadc.nrc.ca~arc/home/jdoe/My Data.csv\n',
    });
    expect(await text('/arc/files/home/jdoe/My%20Data.csv')).toMatchObject({
      status: 500,
      body: 'unexpected exception: java.lang.RuntimeException: BUG (probably): failed to generate VOSURI from path: home/jdoe/My Data.csv\n',
    });
    expect((await call('/arc/nodes/home/jdoe/My%20Data.csv', { method: 'DELETE' })).status).toBe(500);
    expect(getPlatform().storage.nodes['/home/jdoe/My Data.csv']).toBeDefined();
  });

  it('ends the path at # and ?, and decodes an escape a second time', async () => {
    addStorageNode('/home/jdoe/run', 'data');
    addStorageNode('/home/jdoe/run#2', 'data');
    addStorageNode('/home/jdoe/aA', 'data');
    expect((await call('/arc/nodes/home/jdoe/run%232', { method: 'DELETE' })).status).toBe(200);
    expect(getPlatform().storage.nodes['/home/jdoe/run']).toBeUndefined();
    expect(getPlatform().storage.nodes['/home/jdoe/run#2']).toBeDefined();
    expect(await text('/arc/nodes/home/jdoe/a%2541')).toMatchObject({ status: 200 });
    expect((await text('/arc/nodes/home/jdoe/a%2541')).body).toContain(
      'uri="vos://cadc.nrc.ca~arc/home/jdoe/aA"',
    );
    expect((await text('/arc/nodes/home/jdoe/100%25')).status).toBe(500);
  });
});

describe('fake cavern', () => {
  it('lists a home as cavern does: zone-less dates, lower-case property URIs, root quota', async () => {
    const { status, body, headers } = await text('/arc/nodes/home/jdoe');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/xml');
    expect(body).toContain('xsi:type="vos:LinkNode"');
    expect(body).toContain('<vos:target>vos://cadc.nrc.ca~arc/projects/survey-team</vos:target>');
    expect(body).toMatch(/#date" readOnly="true">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}</);
    expect(body).toContain('ivo://ivoa.net/vospace/core#quota" readOnly="true">107374182400<');
    expect(childUris(body)).toContain('vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits');
    const allocation = await text('/arc/nodes/home/jdoe?limit=0');
    expect(childUris(allocation.body)).toEqual([]);
  });

  it('refuses a listing resumed from a child, in cavern’s words', async () => {
    const uri = encodeURIComponent('vos://cadc.nrc.ca~arc/home/jdoe/catalog.csv');
    expect(await text(`/arc/nodes/home/jdoe?uri=${uri}`)).toMatchObject({
      status: 400,
      body: 'OptionNotSupported: batch container node listing: limit ignored, resume not implemented\n',
    });
  });

  it('gives the workshop trainee an empty home of their own, with nothing of it used', async () => {
    const home = await text('/arc/nodes/home/trainee1', { user: 'trainee1' });
    expect(home.status).toBe(200);
    expect(childUris(home.body)).toEqual([]);
    expect(home.body).toContain('ivo://ivoa.net/vospace/core#length" readOnly="true">0<');
  });

  it('lists every project on the platform, readable or not, with its own groups and creator', async () => {
    // cavern's listing does not filter children by permission (FileSystemNodePersistence.iterator).
    const projects = await text('/arc/nodes/projects');
    expect(childUris(projects.body)).toEqual([
      'vos://cadc.nrc.ca~arc/projects/survey-team',
      'vos://cadc.nrc.ca~arc/projects/lensing-lab',
    ]);
    expect(projects.body).toContain('#groupread">ivo://cadc.nrc.ca/gms?lensing-lab<');
    expect(projects.body).toContain('#creator" readOnly="true">mchen<');
    expect(childUris((await text('/arc/nodes/projects', { user: 'trainee1' })).body)).toHaveLength(2);
  });

  it('answers a folder the user may not read with its properties and no children, as cavern does', async () => {
    // PathResolver checks the folders on the way, not the node asked for; GetNodeAction lists children only to
    // a reader.
    const project = await text('/arc/nodes/projects/lensing-lab');
    expect(project.status).toBe(200);
    expect(project.body).toContain('xsi:type="vos:ContainerNode"');
    expect(project.body).toContain('#groupwrite">ivo://cadc.nrc.ca/gms?lensing-lab<');
    expect(project.body).toContain('<vos:nodes />');
    expect(childUris(project.body)).toEqual([]);
    const home = await text('/arc/nodes/home/mchen');
    expect(home.status).toBe(200);
    expect(childUris(home.body)).toEqual([]);
    // Anything under it: 403 on the first folder the user may not read.
    expect(await text('/arc/nodes/projects/lensing-lab/shared')).toMatchObject({
      status: 403,
      body: 'PermissionDenied: /projects/lensing-lab\n',
    });
    expect((await call('/arc/nodes/home/mchen/notes.txt')).status).toBe(403);
    expect((await call('/arc/files/projects/lensing-lab/README.md')).status).toBe(403);
  });

  it('answers a file the user may not read in a folder they may with its properties, but not its bytes', async () => {
    // trainee1 reads survey-team through its groupread; its README.md has no group.
    const node = await text('/arc/nodes/projects/survey-team/README.md', { user: 'trainee1' });
    expect(node.status).toBe(200);
    expect(node.body).toContain('xsi:type="vos:DataNode"');
    // cavern's files GetAction checks read permission on the file itself.
    expect((await call('/arc/files/projects/survey-team/README.md', { user: 'trainee1' })).status).toBe(403);
    expect((await call('/arc/files/projects/survey-team/README.md')).status).toBe(200);
  });

  it('with detail=max tags the folder and each child with what the caller may do, leaving out what not', async () => {
    const READABLE = 'ivo://cadc.nrc.ca/vospace/core#readable" readOnly="true">true<';
    const WRITABLE = 'ivo://cadc.nrc.ca/vospace/core#writable" readOnly="true">true<';
    const tagsOf = (body: string) =>
      Object.fromEntries(
        [
          ...body.matchAll(
            /<vos:node (?:xmlns[^ ]+ )*uri="([^"]+)"[^>]*><vos:properties>(.*?)<\/vos:properties>/g,
          ),
        ].map((match) => [
          (match[1] ?? '').replace('vos://cadc.nrc.ca~arc', ''),
          [match[2]?.includes(READABLE) && 'readable', match[2]?.includes(WRITABLE) && 'writable'].filter(
            Boolean,
          ),
        ]),
      );
    expect(tagsOf((await text('/arc/nodes/projects?detail=max')).body)).toEqual({
      '/projects': ['readable'],
      '/projects/survey-team': ['readable', 'writable'],
      '/projects/lensing-lab': [],
    });
    // The unreadable folder itself: no readable tag (cavern writes none, never `false`), and no children.
    expect(tagsOf((await text('/arc/nodes/projects/lensing-lab?detail=max')).body)).toEqual({
      '/projects/lensing-lab': [],
    });
    const trainee = (await text('/arc/nodes/projects/survey-team?detail=max', { user: 'trainee1' })).body;
    expect(tagsOf(trainee)).toMatchObject({
      '/projects/survey-team': ['readable'],
      '/projects/survey-team/README.md': [],
      '/projects/survey-team/.canfar': ['readable'],
    });
    // Without detail=max, no tags at all.
    expect((await text('/arc/nodes/projects')).body).not.toContain('#readable');
  });

  it('creates a folder, refuses a duplicate, and refuses to delete it once it holds a file', async () => {
    const put = await call('/arc/nodes/home/jdoe/new', { method: 'PUT', body: folderXml('/home/jdoe/new') });
    expect(put.status).toBe(201);
    expect(
      (await call('/arc/nodes/home/jdoe/new', { method: 'PUT', body: folderXml('/home/jdoe/new') })).status,
    ).toBe(409);
    const upload = await call('/arc/files/home/jdoe/new/a.txt', {
      method: 'PUT',
      body: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(upload.status).toBe(201);
    const refused = await text('/arc/nodes/home/jdoe/new', { method: 'DELETE' });
    expect(refused).toMatchObject({ status: 400, body: "container node 'new' is not empty\n" });
  });

  it('records the MD5 and type of an upload and serves ranges of it', async () => {
    await call('/arc/files/home/jdoe/hello.txt', {
      method: 'PUT',
      body: 'hello world',
      headers: { 'Content-Type': 'text/plain' },
    });
    const node = (await text('/arc/nodes/home/jdoe/hello.txt')).body;
    expect(node).toContain(`#MD5" readOnly="true">${createHash('md5').update('hello world').digest('hex')}<`);
    expect(node).toContain('#type">text/plain<');
    const range = await text('/arc/files/home/jdoe/hello.txt', { headers: { Range: 'bytes=0-4' } });
    expect(range).toMatchObject({ status: 206, body: 'hello' });
    expect(range.headers.get('content-range')).toBe('bytes 0-4/11');
  });

  it('records a replacing upload’s MD5 as md5:<hex>, as cavern does, and still serves its Digest', async () => {
    const put = (body: string) =>
      call('/arc/files/home/jdoe/twice.txt', {
        method: 'PUT',
        body,
        headers: { 'Content-Type': 'text/plain' },
      });
    expect((await put('first')).status).toBe(201);
    expect((await text('/arc/nodes/home/jdoe/twice.txt')).body).toContain(
      `#MD5" readOnly="true">${createHash('md5').update('first').digest('hex')}<`,
    );
    expect((await put('second')).status).toBe(200);
    const second = createHash('md5').update('second');
    expect((await text('/arc/nodes/home/jdoe/twice.txt')).body).toContain(
      `#MD5" readOnly="true">md5:${second.copy().digest('hex')}<`,
    );
    const file = await call('/arc/files/home/jdoe/twice.txt');
    expect(file.headers.get('digest')).toBe(`md5=${second.digest('base64')}`);
  });

  it('refuses credentials it cannot accept with 401, and a caller with none as the stranger it is, 403', async () => {
    const revoked = await text('/arc/nodes/home/jdoe', { token: 'not-a-token' });
    expect([revoked.status, revoked.body]).toEqual([401, 'NotAuthenticated\n']);
    const anonymous = await text('/arc/nodes/home/jdoe?limit=0', { token: '' });
    expect([anonymous.status, anonymous.body]).toEqual([403, 'PermissionDenied: /home/jdoe\n']);
    const download = await text('/arc/files/home/jdoe/notes.txt', { token: '' });
    expect([download.status, download.body]).toEqual([403, 'PermissionDenied: /home/jdoe/notes.txt\n']);
  });

  it('refuses an upload past the quota', async () => {
    resetFakePlatform('home-full');
    const response = await call('/arc/files/home/jdoe/more.txt', { method: 'PUT', body: 'x' });
    expect(response.status).toBe(413);
  });

  it('fills a trainee’s full home with a file whose delete frees the space, for the workshop to find', async () => {
    resetFakePlatform('home-full');
    const user = 'trainee1';
    const listing = await (await call('/arc/nodes/home/trainee1?detail=max', { user })).text();
    expect(listing).toContain('simulation-run-07.h5');
    const more = { user, method: 'PUT', body: 'x' };
    expect((await call('/arc/files/home/trainee1/more.txt', more)).status).toBe(413);
    expect(
      (await call('/arc/nodes/home/trainee1/simulation-run-07.h5', { user, method: 'DELETE' })).status,
    ).toBe(200);
    expect((await call('/arc/files/home/trainee1/more.txt', more)).status).toBe(201);
  });

  it('moves a file through a UWS job, and reports a failing move as ERROR with its reason', async () => {
    const done = await runJob('transfers', { body: move('/home/jdoe/notes.txt', '/home/jdoe/data') });
    expect(done).toContain('<uws:phase>COMPLETED</uws:phase>');
    expect((await call('/arc/nodes/home/jdoe/data/notes.txt')).status).toBe(200);
    const failed = await runJob('transfers', { body: move('/home/jdoe/data', '/home/jdoe/data/raw') });
    expect(failed).toContain('<uws:phase>ERROR</uws:phase>');
    expect(failed).toContain(
      'InvalidArgument: Cannot move container node into its descendants: source path /home/jdoe/data in resolved path /home/jdoe/data/raw',
    );
  });

  it('refuses a folder into any folder whose path contains its own, as cavern’s text test does', async () => {
    expect(
      (await call('/arc/nodes/home/jdoe/data2', { method: 'PUT', body: folderXml('/home/jdoe/data2') }))
        .status,
    ).toBe(201);
    const failed = await runJob('transfers', { body: move('/home/jdoe/data', '/home/jdoe/data2') });
    expect(failed).toContain('<uws:phase>ERROR</uws:phase>');
    expect(failed).toContain(
      'InvalidArgument: Cannot move container node into its descendants: source path /home/jdoe/data in resolved path /home/jdoe/data2',
    );
    expect((await call('/arc/nodes/home/jdoe/data2/data')).status).toBe(404);
    // A file is not a container: the same paths are no refusal.
    expect(
      await runJob('transfers', { body: move('/home/jdoe/notes.txt', '/home/jdoe/notes.txt2') }),
    ).toContain('<uws:phase>COMPLETED</uws:phase>');
  });

  it('refuses a group name with characters GroupURI refuses, in its own words', async () => {
    const withGroup = (group: string) =>
      `<vos:node ${NS} uri="vos://cadc.nrc.ca~arc/home/jdoe/notes.txt" xsi:type="vos:DataNode"><vos:properties><vos:property uri="ivo://ivoa.net/vospace/core#groupread">${group}</vos:property></vos:properties></vos:node>`;
    const refused = await text('/arc/nodes/home/jdoe/notes.txt', {
      method: 'POST',
      body: withGroup('ivo://cadc.nrc.ca/gms?bad@group'),
      headers: { 'Content-Type': 'text/xml' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toBe(
      "Group Name contains illegal characters (only alphanumeric, '-', '.', '_', '~' allowed\n",
    );
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.groupRead).toEqual([]);
    const saved = await call('/arc/nodes/home/jdoe/notes.txt', {
      method: 'POST',
      body: withGroup('ivo://cadc.nrc.ca/gms?good_group-1.x~y'),
      headers: { 'Content-Type': 'text/xml' },
    });
    expect(saved.status).toBe(200);
  });

  it('reads inheritance back from the groups’ default ACLs: none without a group', async () => {
    // a new folder in the home (which has no default ACLs) has no group
    expect(
      (await call('/arc/nodes/home/jdoe/new', { method: 'PUT', body: folderXml('/home/jdoe/new') })).status,
    ).toBe(201);
    const inherit = (group: string) =>
      `<vos:node ${NS} uri="vos://cadc.nrc.ca~arc/home/jdoe/new" xsi:type="vos:ContainerNode"><vos:properties>${group}<vos:property uri="ivo://cadc.nrc.ca/vospace/core#inheritPermissions">true</vos:property></vos:properties><vos:nodes/></vos:node>`;
    const post = (body: string) =>
      call('/arc/nodes/home/jdoe/new', { method: 'POST', body, headers: { 'Content-Type': 'text/xml' } });
    expect((await post(inherit(''))).status).toBe(200);
    expect((await text('/arc/nodes/home/jdoe/new')).body).toContain('#inheritPermissions">false<');
    await post(
      inherit(
        '<vos:property uri="ivo://ivoa.net/vospace/core#groupread">ivo://cadc.nrc.ca/gms?survey-team</vos:property>',
      ),
    );
    expect((await text('/arc/nodes/home/jdoe/new')).body).toContain('#inheritPermissions">true<');
  });

  it('deletes a folder recursively and sets properties recursively', async () => {
    const setprops = `<vos:node ${NS} uri="vos://cadc.nrc.ca~arc/home/jdoe/data" xsi:type="vos:ContainerNode"><vos:properties><vos:property uri="ivo://ivoa.net/vospace/core#ispublic">true</vos:property></vos:properties><vos:nodes/></vos:node>`;
    expect(await runJob('async-setprops', { body: setprops })).toContain('COMPLETED');
    expect((await text('/arc/nodes/home/jdoe/data/raw')).body).toContain('#ispublic">true<');
    const deleted = await runJob('async-delete', {
      form: { target: 'vos://cadc.nrc.ca~arc/home/jdoe/data' },
    });
    expect(deleted).toContain('COMPLETED');
    expect((await call('/arc/nodes/home/jdoe/data/raw')).status).toBe(404);
  });

  // The listing is 94 MB: 4–7 s alone, and past the default 15 s once in a run whose other workers and
  // checks held both cores.
  it('generates the 100,000-entry folder without storing it', { timeout: 60_000 }, async () => {
    resetFakePlatform('storage-100k');
    const { body } = await text('/arc/nodes/home/jdoe/survey-100k?detail=max');
    expect(childUris(body)).toHaveLength(100_000);
    // Each child streamed with its tags, as cavern's TagChildAccessRightsWrapper writes them.
    expect(body.match(/#writable" readOnly="true">true</g)).toHaveLength(100_001);
    expect(JSON.stringify(getPlatform().snapshot()).length).toBeLessThan(50_000);
  });
});
