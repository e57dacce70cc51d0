// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLaunchState } from './launch-state';

const read = (search: string) => readLaunchState(new URLSearchParams(search));

describe('numbers in a launch link', () => {
  // A hand-edited or mangled link must not open the form with a request skaha would refuse.
  it.each(['0', '1.5', '1e3', '0x10', '-4', '4 cores', ''])(
    'leaves out cores, RAM and GPUs of %j',
    (value) => {
      const state = read(`type=notebook&cores=${value}&ram=${value}&gpus=${value}&replicas=${value}`);
      expect(state).toMatchObject({ cores: undefined, ram: undefined, gpus: undefined, replicas: 1 });
    },
  );

  it('reads whole positive numbers, spaces around them allowed', () => {
    expect(read('type=notebook&cores=4&ram=%2016%20&gpus=1&replicas=3')).toMatchObject({
      cores: 4,
      ram: 16,
      gpus: 1,
      replicas: 3,
    });
  });
});
