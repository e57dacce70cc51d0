import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

// Files put into the fake cavern through nginx, and the pre-authorised URLs cavern hands out for them.

/**
 * These requests send no Sec-Fetch-Site, as a script or an older browser: nginx lets writes to the services
 * through only with this header (deploy/nginx, the cross-site write check).
 */
export const SCRIPTED = { 'X-Requested-With': 'XMLHttpRequest' };

export async function signIn(request: APIRequestContext): Promise<string> {
  const response = await request.post('/ac/login', {
    form: { username: 'jdoe', password: 'demo-jdoe' },
    headers: SCRIPTED,
  });
  expect(response.status()).toBe(200);
  return (await response.text()).trim();
}

export async function putFile(
  request: APIRequestContext,
  token: string,
  path: string,
  contentType: string,
  data: string | Buffer,
): Promise<void> {
  const response = await request.put(`/arc/files${path}`, {
    headers: { ...SCRIPTED, Authorization: `Bearer ${token}`, 'Content-Type': contentType },
    data,
  });
  expect(response.status(), `PUT /arc/files${path}`).toBeLessThan(300);
}

/** The pre-authorised download URL cavern gives for `path`, as a path on the portal's origin. */
export async function preauthorisedPath(
  request: APIRequestContext,
  token: string,
  path: string,
): Promise<string> {
  const response = await request.post('/arc/synctrans', {
    headers: { ...SCRIPTED, Authorization: `Bearer ${token}`, 'Content-Type': 'text/xml' },
    data: `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">
  <vos:target>vos://cadc.nrc.ca~arc${path}</vos:target>
  <vos:direction>pullFromVoSpace</vos:direction>
  <vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget"/>
</vos:transfer>`,
  });
  expect(response.status()).toBe(200);
  const endpoint = /<vos:endpoint>([^<]+)<\/vos:endpoint>/.exec(await response.text())?.[1] ?? '';
  expect(endpoint).toContain('/arc/files/preauth:');
  return new URL(endpoint).pathname;
}
