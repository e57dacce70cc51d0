// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getPlatform, resetFakePlatform } from '../node';
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

  it('lists only the projects the user belongs to, and refuses another home', async () => {
    expect(childUris((await text('/arc/nodes/projects', { user: 'trainee1' })).body)).toEqual([]);
    expect(childUris((await text('/arc/nodes/projects', { user: 'mchen' })).body)).toHaveLength(2);
    expect((await text('/arc/nodes/home/mchen')).status).toBe(403);
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

  it('refuses an upload past the quota', async () => {
    resetFakePlatform('home-full');
    const response = await call('/arc/files/home/jdoe/more.txt', { method: 'PUT', body: 'x' });
    expect(response.status).toBe(413);
  });

  it('moves a file through a UWS job, and reports a failing move as ERROR with its reason', async () => {
    const move = (from: string, to: string) =>
      `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1"><vos:target>vos://cadc.nrc.ca~arc${from}</vos:target><vos:direction>vos://cadc.nrc.ca~arc${to}</vos:direction><vos:keepBytes>false</vos:keepBytes></vos:transfer>`;
    const done = await runJob('transfers', { body: move('/home/jdoe/notes.txt', '/home/jdoe/data') });
    expect(done).toContain('<uws:phase>COMPLETED</uws:phase>');
    expect((await call('/arc/nodes/home/jdoe/data/notes.txt')).status).toBe(200);
    const failed = await runJob('transfers', { body: move('/home/jdoe/data', '/home/jdoe/data/raw') });
    expect(failed).toContain('<uws:phase>ERROR</uws:phase>');
    expect(failed).toContain('cannot move /home/jdoe/data into itself');
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

  it('generates the 100,000-entry folder without storing it', async () => {
    resetFakePlatform('storage-100k');
    const { body } = await text('/arc/nodes/home/jdoe/survey-100k');
    expect(childUris(body)).toHaveLength(100_000);
    expect(JSON.stringify(getPlatform().snapshot()).length).toBeLessThan(50_000);
  });
});
