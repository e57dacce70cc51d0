import { isApiError } from '../http/api-error';

/**
 * cavern's refusal of a write that the allocation's quota stops: CephFS fails the write part-way, and cavern
 * answers 413 with cadc-rest's `limit: <bytes>`, the bytes that were left in the allocation when it began
 * (quota less what it held; PutAction.getLimit, RestAction). `left` is undefined when the text is not that
 * (another 413, or a deployment with no quota on the folders above).
 */
export interface SpaceRefusal {
  left: number | undefined;
}

export function spaceRefusal(error: unknown): SpaceRefusal | undefined {
  if (!isApiError(error) || error.service !== 'storage' || error.kind !== 'http' || error.status !== 413) {
    return undefined;
  }
  const limit = /^limit: (-?\d+)\s*$/.exec(error.message.trim());
  return { left: limit?.[1] === undefined ? undefined : Math.max(0, Number(limit[1])) };
}
