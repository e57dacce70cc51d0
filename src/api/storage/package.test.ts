import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getPlatform, resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi, testServices } from '@/test/test-api';
import { createApiClient } from '../http/client';
import { isApiError } from '../http/api-error';
import { downloadPackage, isPackagesUnsupported } from './package';
import { packageTransferXml, parseTransferDocument } from './transfer-xml';
import { VOS_NS, VOS_PROTOCOL, VOS_VIEW } from './vospace-names';

const AUTHORITY = 'cadc.nrc.ca~arc';
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const request = (paths: string[], format: 'zip' | 'tar' = 'zip') => ({ authority: AUTHORITY, paths, format });

describe('the package transfer document', () => {
  it('names every target, then the direction, the package view with its format, and the protocol', () => {
    const written = packageTransferXml(
      ['vos://cadc.nrc.ca~arc/home/jdoe/a b.csv', 'vos://cadc.nrc.ca~arc/home/jdoe/data'],
      'zip',
    );
    const root = xml(written).documentElement;
    expect([...root.children].map((child) => `${child.namespaceURI ?? ''} ${child.localName}`)).toEqual([
      `${VOS_NS} target`,
      `${VOS_NS} target`,
      `${VOS_NS} direction`,
      `${VOS_NS} view`,
      `${VOS_NS} protocol`,
    ]);
    expect(written).toContain(
      '<vos:view uri="vos://cadc.nrc.ca~vospace/CADC/std/Pkg-1.0"><vos:param uri="ivo://ivoa.net/vospace/core#format">application/zip</vos:param></vos:view>',
    );
    expect(parseTransferDocument(xml(written))).toMatchObject({
      targets: ['vos://cadc.nrc.ca~arc/home/jdoe/a b.csv', 'vos://cadc.nrc.ca~arc/home/jdoe/data'],
      direction: 'pullFromVoSpace',
      view: { uri: VOS_VIEW.package, params: { [VOS_VIEW.formatParam]: 'application/zip' } },
      protocols: [{ uri: VOS_PROTOCOL.httpsGet, securityMethods: [] }],
    });
    expect(packageTransferXml(['vos://cadc.nrc.ca~arc/home/jdoe/data'], 'tar')).toContain(
      '>application/x-tar</vos:param>',
    );
  });
});

describe('downloadPackage', () => {
  it('follows the job’s redirects to the streamed archive', async () => {
    const api = createTestApi(tokenFor('jdoe'));
    const response = await downloadPackage(api, request(['/home/jdoe/notes.txt', '/home/jdoe/data']));
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries)).toContain('data/raw/exposure-2.fits');
    expect(entries['notes.txt']).toHaveLength(1840);
    const job = Object.values(getPlatform().storage.jobs).find((candidate) => candidate.kind === 'package');
    expect(job).toMatchObject({ phase: 'COMPLETED', targets: ['/home/jdoe/notes.txt', '/home/jdoe/data'] });
  });

  it('says the service offers no packages when the view is refused', async () => {
    resetFakePlatform('storage-no-packages');
    const api = createTestApi(tokenFor('jdoe'));
    const error: unknown = await downloadPackage(api, request(['/home/jdoe/data'])).catch(
      (caught: unknown) => caught,
    );
    expect(isPackagesUnsupported(error)).toBe(true);
  });

  it('reports a missing target as the storage error it is, not as a missing capability', async () => {
    const api = createTestApi(tokenFor('jdoe'));
    const error: unknown = await downloadPackage(api, request(['/home/jdoe/gone'])).catch(
      (caught: unknown) => caught,
    );
    expect(isPackagesUnsupported(error)).toBe(false);
    expect(isApiError(error) && error.status).toBe(404);
  });

  it('takes an HTML page for an error, not for the archive', async () => {
    const api = createApiClient({
      services: testServices(),
      getToken: () => 'token',
      onUnauthorized: () => undefined,
      fetch: () =>
        Promise.resolve(
          new Response('<html><body>Sign in</body></html>', { headers: { 'Content-Type': 'text/html' } }),
        ),
    });
    const error: unknown = await downloadPackage(api, request(['/home/jdoe/data'])).catch(
      (caught: unknown) => caught,
    );
    expect(isApiError(error) && error.kind).toBe('malformed');
  });

  it('takes plain transfer details (a service that ignores the view) as no packages', async () => {
    const api = createApiClient({
      services: testServices(),
      getToken: () => 'token',
      onUnauthorized: () => undefined,
      fetch: () =>
        Promise.resolve(
          new Response(
            '<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0"><vos:target>x</vos:target></vos:transfer>',
            { headers: { 'Content-Type': 'text/xml' } },
          ),
        ),
    });
    const error: unknown = await downloadPackage(api, request(['/home/jdoe/data'])).catch(
      (caught: unknown) => caught,
    );
    expect(isPackagesUnsupported(error)).toBe(true);
  });

  it('refuses an archive that a redirect brought from another origin', async () => {
    const archive = new Response('PK\u0003\u0004', { headers: { 'Content-Type': 'application/zip' } });
    Object.defineProperty(archive, 'url', { value: 'https://elsewhere.example/pkg/1/run' });
    const api = createApiClient({
      services: testServices(),
      getToken: () => 'token',
      onUnauthorized: () => undefined,
      fetch: () => Promise.resolve(archive),
    });
    const error: unknown = await downloadPackage(api, request(['/home/jdoe/data'])).catch(
      (caught: unknown) => caught,
    );
    expect(isApiError(error) && [error.service, error.kind, error.message]).toEqual([
      'storage',
      'malformed',
      'the package was redirected away from this portal, to https://elsewhere.example',
    ]);
  });
});
