// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../http/client';
import { gpuAvailability, gpuAvailabilityQueryOptions, gpuModelName } from './gpu-availability';
import type { InstantSample } from './prometheus-schemas';

const sample = (model: string | undefined, value: number): InstantSample => {
  const metric: Record<string, string> = {};
  if (model !== undefined) metric.label_nvidia_com_gpu_product = model;
  return { metric, time: 0, value };
};

describe('GPUs free now', () => {
  it('subtracts what pods hold from what each model offers, largest pool first', () => {
    expect(
      gpuAvailability(
        [sample('Tesla-V100-PCIE-32GB', 4), sample('NVIDIA-A100-SXM4-80GB', 8)],
        [sample('NVIDIA-A100-SXM4-80GB', 5)],
      ),
    ).toEqual([
      { model: 'NVIDIA-A100-SXM4-80GB', total: 8, free: 3 },
      { model: 'Tesla-V100-PCIE-32GB', total: 4, free: 4 },
    ]);
  });

  it('keeps nodes without a model label as GPUs of no named model', () => {
    expect(gpuAvailability([sample(undefined, 2)], [sample(undefined, 1)])).toEqual([
      { model: undefined, total: 2, free: 1 },
    ]);
  });

  it('never reports fewer than none free, nor a model whose figures are not counts', () => {
    expect(gpuAvailability([sample('A', 2)], [sample('A', 3)])).toEqual([{ model: 'A', total: 2, free: 0 }]);
    expect(gpuAvailability([sample('A', NaN), sample('B', 0), sample('C', 4)], [sample('C', -1)])).toEqual(
      [],
    );
    expect(gpuAvailability([], [])).toEqual([]);
  });

  it('writes the model as people read it', () => {
    expect(gpuModelName('NVIDIA-A100-SXM4-80GB')).toBe('NVIDIA A100 SXM4 80GB');
  });

  it('is not polled: read when the picker appears, again on focus once a minute old', () => {
    const services = { skaha: '/skaha', storage: '/arc', ac: '/ac', harbor: '/harbor', usage: '/prometheus' };
    const api = createApiClient({ services, getToken: () => undefined, onUnauthorized: () => undefined });
    const options = gpuAvailabilityQueryOptions(api);
    expect(options.refetchInterval).toBeUndefined();
    expect(options.staleTime).toBe(60_000);
  });
});
