import { useSyncExternalStore } from 'react';
import { useApi } from '@/api/api-context';
import type { ApiClient } from '@/api/http/client';
import { downloadFile } from '@/api/storage/download';
import { useAuth } from '@/auth/auth-context';
import { onUserChange } from '@/auth/user-change';
import { useConfig } from '@/config/config-context';
import { PackageDownloads, type PackageItem } from './package-downloads';

// One list per API client, like the upload queue: a package keeps streaming while the user opens other folders.
const lists = new WeakMap<ApiClient, PackageDownloads>();

export function usePackageDownloads(): PackageDownloads {
  const api = useApi();
  const { store } = useAuth();
  const authority = useConfig().storage.vosAuthority;
  let list = lists.get(api);
  if (!list) {
    list = new PackageDownloads({
      api,
      authority,
      host: window,
      downloadFile: (entry, signal) => downloadFile(api, authority, entry, signal),
    });
    const created = list;
    // Another user, or nobody: this user's packages stop and are forgotten.
    onUserChange(store, () => {
      created.reset();
    });
    lists.set(api, list);
  }
  return list;
}

export function usePackageItems(list: PackageDownloads): readonly PackageItem[] {
  return useSyncExternalStore(list.subscribe, list.getSnapshot);
}

/** True once the storage service has refused a package in this tab. */
export function useKnowsNoPackages(list: PackageDownloads): boolean {
  return useSyncExternalStore(list.subscribeSupport, list.knowsNoPackages);
}
