import { queryOptions } from '@tanstack/react-query';
import { bodyFailure, type ApiClient } from '../http/client';
import { storageKeys } from './storage-keys';
import { encodePath } from './vos-uri';

/** Reads at most `limit` bytes of a body and stops the download there (a server may ignore `Range`). */
async function readFirstBytes(response: Response, limit: number): Promise<Uint8Array> {
  const out = new Uint8Array(limit);
  let length = 0;
  const reader = response.body?.getReader();
  if (!reader) return out.slice(0, 0);
  while (length < limit) {
    const chunk = await reader.read();
    if (chunk.done) break;
    const take = Math.min(chunk.value.byteLength, limit - length);
    out.set(chunk.value.subarray(0, take), length);
    length += take;
  }
  await reader.cancel().catch(() => undefined);
  return out.slice(0, length);
}

export interface FileHead {
  bytes: Uint8Array;
  /** The file's whole size, from `Content-Range` or `Content-Length`. */
  size: number | undefined;
  contentType: string | undefined;
}

/** The first `bytes` of a file (`GET {storage}/files/<path>` with `Range`), for previews. */
export function fileHeadQueryOptions(api: ApiClient, path: string, bytes: number) {
  return queryOptions({
    queryKey: storageKeys.preview(path, bytes),
    queryFn: async ({ signal }): Promise<FileHead> => {
      const response = await api.request('storage', `/files${encodePath(path)}`, {
        headers: { Range: `bytes=0-${bytes - 1}` },
        signal,
      });
      const total = /\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '')?.[1];
      const length = response.headers.get('Content-Length');
      return {
        bytes: await readFirstBytes(response, bytes).catch((error: unknown) => {
          throw bodyFailure('storage', error, signal);
        }),
        size: total !== undefined ? Number(total) : length !== null ? Number(length) : undefined,
        contentType: response.headers.get('Content-Type') ?? undefined,
      };
    },
    staleTime: 60_000,
  });
}
