// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import type { VosNodeKind } from '@/api/storage/vospace-xml';
import { folderAccess, type ListingState } from './folder-access';

const loaded = (
  readable: boolean | undefined,
  writable: boolean | undefined,
  kind: VosNodeKind = 'container',
): ListingState => ({
  isPending: false,
  isError: false,
  error: null,
  data: { readable, writable, node: { kind } },
});

const failed = (status: number, message: string): ListingState => ({
  isPending: false,
  isError: true,
  error: new ApiError({ service: 'storage', kind: 'http', status, message }),
  data: undefined,
});

describe('what may be done in a folder', () => {
  it('takes uploads, new folders and changes in a folder the user may write', () => {
    for (const writable of [true, undefined]) {
      expect(folderAccess(loaded(true, writable))).toEqual({
        noAccess: false,
        missing: false,
        deniedOnTheWay: false,
        canCreate: true,
        canWrite: true,
        dropRefusal: undefined,
        isReadOnly: false,
      });
    }
  });

  it('leaves changes on but uploads off until the listing is in', () => {
    const access = folderAccess({ isPending: true, isError: false, error: null, data: undefined });
    expect(access).toMatchObject({
      canCreate: true,
      canWrite: false,
      dropRefusal: 'loading',
      isReadOnly: false,
    });
  });

  it('says why a folder the user may read but not write takes nothing', () => {
    const access = folderAccess(loaded(true, false));
    expect(access).toMatchObject({
      noAccess: false,
      canCreate: false,
      canWrite: false,
      dropRefusal: 'readOnly',
    });
    expect(access.isReadOnly).toBe(true);
  });

  it('has no rows for a folder the user may not read, and calls it unreadable rather than read-only', () => {
    const access = folderAccess(loaded(false, false));
    expect(access).toMatchObject({
      noAccess: true,
      canWrite: false,
      dropRefusal: 'noAccess',
      isReadOnly: false,
    });
  });

  it('counts only a folder as without access: an unreadable file is read-only', () => {
    const access = folderAccess(loaded(false, false, 'data'));
    expect(access).toMatchObject({ noAccess: false, dropRefusal: 'noAccess', isReadOnly: true });
  });

  it('writes nothing into a folder cavern says is not there', () => {
    const access = folderAccess(failed(404, 'NodeNotFound: /home/newbie'));
    expect(access).toMatchObject({
      missing: true,
      canCreate: false,
      canWrite: false,
      dropRefusal: 'missing',
    });
  });

  it('writes nothing below a folder the user may not read', () => {
    const access = folderAccess(failed(403, 'PermissionDenied: /projects/lensing-lab'));
    expect(access).toMatchObject({
      deniedOnTheWay: true,
      missing: false,
      canCreate: false,
      dropRefusal: 'noAccess',
      isReadOnly: false,
    });
  });

  it('refuses nothing for any other failure: the service, not the portal, decides then', () => {
    expect(folderAccess(failed(503, 'Service Unavailable'))).toMatchObject({
      missing: false,
      deniedOnTheWay: false,
      canCreate: true,
      canWrite: true,
      dropRefusal: undefined,
    });
  });
});
