import type { RequestHandler } from 'msw';
import { HttpResponse, http } from 'msw';
import { ServiceError, notFound } from '../platform/errors';
import type { Platform } from '../platform/platform';
import { errorResponse, pathWithin } from './http-utils';

const VOS_AUTHORITY = 'cadc.nrc.ca~arc';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** An allocation folder as cavern answers `GET /nodes/<path>?limit=0`: the node, its properties, no children. */
function allocationXml(path: string, owner: string, used: number, quota: number): string {
  const uri = `vos://${VOS_AUTHORITY}${path.split('/').map(encodeURIComponent).join('/')}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uri="${escapeXml(uri)}" xsi:type="vos:ContainerNode">
  <vos:properties>
    <vos:property uri="ivo://cadc.nrc.ca/vospace/core#inheritPermissions">false</vos:property>
    <vos:property uri="ivo://ivoa.net/vospace/core#creator" readOnly="true">${escapeXml(owner)}</vos:property>
    <vos:property uri="ivo://ivoa.net/vospace/core#ispublic">false</vos:property>
    <vos:property uri="ivo://ivoa.net/vospace/core#length" readOnly="true">${String(used)}</vos:property>
    <vos:property uri="ivo://ivoa.net/vospace/core#quota" readOnly="true">${String(quota)}</vos:property>
  </vos:properties>
  <vos:nodes />
</vos:node>
`;
}

/**
 * The fake cavern. So far only allocation folders read with `limit=0` (what the launch form's storage guard and
 * the usage pages need); the storage area fills in the rest.
 */
export function storageHandlers(getPlatform: () => Platform, base: string): RequestHandler[] {
  return [
    http.get(
      ({ request }) => pathWithin(request, base)?.startsWith('/nodes/') === true,
      ({ request }) => {
        const platform = getPlatform();
        try {
          const account = platform.authenticate(request.headers.get('authorization'));
          if (!account) throw new ServiceError(401, 'Unauthorized');
          const path = decodeURIComponent((pathWithin(request, base) ?? '').slice('/nodes'.length));
          const allocation = platform.storage.allocations[path];
          if (!allocation) throw notFound(`NodeNotFound: ${path}`);
          return new HttpResponse(allocationXml(path, account.username, allocation.used, allocation.quota), {
            headers: { 'Content-Type': 'text/xml' },
          });
        } catch (error) {
          if (error instanceof ServiceError) return errorResponse(error);
          throw error;
        }
      },
    ),
  ];
}
