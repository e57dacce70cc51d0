import type { Platform } from '../platform';
import { BadQuery, type FakeSample } from './evaluate';
import type { UsagePod } from './pods';

/**
 * The cluster's GPU nodes as kube-state-metrics describes them: `kube_node_status_allocatable{node,
 * resource="nvidia_com_gpu"}` and the node's GPU model in `kube_node_labels{label_nvidia_com_gpu_product}` (the
 * NVIDIA GPU feature discovery label `nvidia.com/gpu.product`, exported when kube-state-metrics'
 * `--metric-labels-allowlist` names it). The `no-gpu` scenario has none.
 */
export const GPU_PRODUCT = 'NVIDIA-A100-SXM4-80GB';
const GPU_NODES = [
  { node: 'gpu-node-1', gpus: 4, product: GPU_PRODUCT },
  { node: 'gpu-node-2', gpus: 4, product: GPU_PRODUCT },
];
/** GPUs held at every moment by sessions of users outside the demo (the fake's "rest of the platform"). */
const OTHERS_GPUS = 3;

const PRODUCT = 'label_nvidia_com_gpu_product';

/** Whether a query is about GPU nodes: then `evaluateGpuNodes` answers it, and nothing else does. */
export const isGpuNodeQuery = (query: string) => query.includes('kube_node_labels');

/**
 * The two instant queries the launch form sends (src/api/usage/gpu-availability.ts): GPUs allocatable per
 * model, and GPUs requested by Pending or Running pods per model of the node they are bound to.
 */
export function evaluateGpuNodes(
  platform: Platform,
  query: string,
  time: number,
  pods: readonly UsagePod[],
): FakeSample[] {
  const compact = query.replace(/\s+/g, ' ');
  if (!compact.startsWith(`sum by (${PRODUCT}) (`))
    throw new BadQuery(`the fake Prometheus does not understand: ${query}`);
  const nodes = platform.scenarios.has('no-gpu') ? [] : GPU_NODES;
  if (compact.includes('kube_node_status_allocatable{resource="nvidia_com_gpu"}')) {
    const totals = new Map<string, number>();
    for (const node of nodes) totals.set(node.product, (totals.get(node.product) ?? 0) + node.gpus);
    return [...totals].map(([product, value]) => ({ metric: { [PRODUCT]: product }, value }));
  }
  if (compact.includes('kube_pod_container_resource_requests{resource="nvidia_com_gpu"}')) {
    if (nodes.length === 0) return [];
    const held = pods
      .filter((pod) => pod.gpus > 0 && pod.start <= time && time < pod.end)
      .reduce((sum, pod) => sum + pod.gpus, OTHERS_GPUS);
    // the scheduler fills the nodes in turn; a request beyond them stays Pending with no node
    const used = new Map<string, number>();
    let left = held;
    for (const node of nodes) {
      const here = Math.min(left, node.gpus);
      left -= here;
      used.set(node.product, (used.get(node.product) ?? 0) + here);
    }
    return [...used].map(([product, value]) => ({ metric: { [PRODUCT]: product }, value }));
  }
  throw new BadQuery(`the fake Prometheus does not understand: ${query}`);
}
