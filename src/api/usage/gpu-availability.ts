import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import type { InstantSample } from './prometheus-schemas';
import { usageFetcher } from './usage-queries';
import { usageKeys } from './usage-keys';

/** The GPU model a node advertises (NVIDIA GPU feature discovery's `nvidia.com/gpu.product`, via kube-state-metrics). */
const PRODUCT = 'label_nvidia_com_gpu_product';

/**
 * GPUs each model's nodes offer (kube-state-metrics). `kube_node_labels` carries the product label only when
 * kube-state-metrics is started with `--metric-labels-allowlist=nodes=[nvidia.com/gpu.product]`; without it
 * every node falls in one bucket with no model.
 */
export const GPU_TOTAL_QUERY = `sum by (${PRODUCT}) (kube_node_status_allocatable{resource="nvidia_com_gpu"} * on (node) group_left (${PRODUCT}) kube_node_labels)`;

/**
 * GPUs held by pods bound to each model's nodes. Requests of finished pods stay exported until the pod is
 * collected, so only Pending and Running pods count; a pod not yet bound to a node matches no node and holds none.
 */
export const GPU_USED_QUERY = `sum by (${PRODUCT}) (sum by (node) (kube_pod_container_resource_requests{resource="nvidia_com_gpu"} * on (namespace, pod) group_left () (kube_pod_status_phase{phase=~"Pending|Running"} == 1)) * on (node) group_left (${PRODUCT}) kube_node_labels)`;

export interface GpuModelAvailability {
  /** The node label as written (`NVIDIA-A100-SXM4-80GB`), or undefined when the nodes carry none. */
  model: string | undefined;
  total: number;
  free: number;
}

const isCount = (value: number) => Number.isFinite(value) && value >= 0;

/**
 * Free GPUs per model from the two answers, largest pool first. A model whose figures are not whole,
 * non-negative numbers is left out rather than shown wrong; none at all gives an empty list.
 */
export function gpuAvailability(
  totals: readonly InstantSample[],
  used: readonly InstantSample[],
): GpuModelAvailability[] {
  const usedBy = new Map(used.map((sample) => [sample.metric[PRODUCT] ?? '', sample.value]));
  const result: GpuModelAvailability[] = [];
  for (const sample of totals) {
    const key = sample.metric[PRODUCT] ?? '';
    const total = sample.value;
    const held = usedBy.get(key) ?? 0;
    if (!isCount(total) || total === 0 || !isCount(held)) continue;
    result.push({
      model: key === '' ? undefined : key,
      total: Math.round(total),
      free: Math.max(0, Math.round(total - held)),
    });
  }
  return result.sort((a, b) => b.total - a.total || (a.model ?? '').localeCompare(b.model ?? ''));
}

/** `NVIDIA-A100-SXM4-80GB` → `NVIDIA A100 SXM4 80GB`: the label cannot hold spaces, people read them. */
export const gpuModelName = (model: string) => model.replace(/[-_]+/g, ' ').trim();

/**
 * GPUs free now per model, from the usage service's node metrics (two cheap instant queries). Not polled: read
 * when the GPU picker appears, and again on focus or a new visit once a minute old.
 */
export function gpuAvailabilityQueryOptions(api: ApiClient) {
  const fetcher = usageFetcher(api);
  return queryOptions({
    queryKey: usageKeys.gpuAvailability(),
    queryFn: async ({ signal }) => {
      const [totals, used] = await Promise.all([
        fetcher.instant(GPU_TOTAL_QUERY, undefined, signal),
        fetcher.instant(GPU_USED_QUERY, undefined, signal),
      ]);
      return gpuAvailability(totals.samples, used.samples);
    },
    staleTime: 60_000,
  });
}
