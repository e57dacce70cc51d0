import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/api-error';
import { spaceRefusal } from './space-refusal';

const refusal = (status: number, message: string, service: 'storage' | 'skaha' = 'storage') =>
  new ApiError({ service, kind: 'http', status, message });

describe('spaceRefusal', () => {
  it('reads the bytes left from cavern’s 413', () => {
    expect(spaceRefusal(refusal(413, 'limit: 1048576'))).toEqual({ left: 1_048_576 });
    // an allocation already past its quota has a negative limit: nothing is left
    expect(spaceRefusal(refusal(413, 'limit: -20'))).toEqual({ left: 0 });
  });

  it('knows a 413 whose text it cannot read, and nothing else', () => {
    expect(spaceRefusal(refusal(413, 'Request Entity Too Large'))).toEqual({ left: undefined });
    expect(spaceRefusal(refusal(400, 'limit: 5'))).toBeUndefined();
    expect(spaceRefusal(refusal(413, 'limit: 5', 'skaha'))).toBeUndefined();
    expect(spaceRefusal(new Error('limit: 5'))).toBeUndefined();
  });
});
