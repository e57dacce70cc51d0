import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi } from '@/api/api-context';
import { entryOf } from '@/api/storage/listing';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { parentOf } from '@/api/storage/vos-uri';
import { useConfig } from '@/config/config-context';
import { paths } from '@/lib/paths';
import { FolderView } from './folder-view';
import { PreviewDialog } from './preview-dialog';
import type { FolderArrivalRefs } from './use-arrival-focus';

/**
 * What a storage address shows: the folder it names or, for a file, the folder that holds it, the file among its
 * rows, with the file's preview over it. Only cavern's answer tells which: a GET of a file is its DataNode alone,
 * with no children (platform-api §3.2, §3.3), which is no empty folder to upload into.
 */
export function AddressView({
  path,
  cameFrom,
  pageRef,
  hadFocusRef,
}: { path: string; cameFrom?: string | undefined } & FolderArrivalRefs) {
  const api = useApi();
  const authority = useConfig().storage.vosAuthority;
  const navigate = useNavigate();
  // the folder view asks the same (one request): it shows the loading and, should the read fail, why
  const { data, isError } = useQuery(listingQueryOptions(api, authority, path));
  // A file read before and failing now (deleted since) is no longer one: the folder view says it is missing.
  const file = data?.node.kind === 'data' && !isError ? data : undefined;
  if (!file)
    return <FolderView path={path} cameFrom={cameFrom} pageRef={pageRef} hadFocusRef={hadFocusRef} />;
  const folder = parentOf(file.path);
  return (
    <>
      {/* coming from the file: its row is the one marked, as once the preview is closed */}
      <FolderView
        key={folder}
        path={folder}
        cameFrom={file.path}
        pageRef={pageRef}
        hadFocusRef={hadFocusRef}
      />
      <PreviewDialog
        entry={{ ...entryOf(file.node), readable: file.readable }}
        onClose={() => {
          // the preview held focus, outside the page: the folder it leaves the user in takes it, on the file
          hadFocusRef.current = true;
          // the folder is shown before the preview leaves the page: its Close button would still hold focus then
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          void navigate(paths.storage(folder));
        }}
      />
    </>
  );
}
