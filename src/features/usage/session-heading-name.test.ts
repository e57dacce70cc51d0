// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionHeadingName } from './session-heading-name';

describe('sessionHeadingName', () => {
  it('takes the name a link carries when a session could have it', () => {
    expect(sessionHeadingName('carta-m31', 'k3x9q2ma')).toBe('carta-m31');
    expect(sessionHeadingName('run_2.b', 'k3x9q2ma')).toBe('run_2.b');
    expect(sessionHeadingName('x'.repeat(63), 'k3x9q2ma')).toBe('x'.repeat(63));
  });

  it('falls back to the ID for no name, a sentence, an override character or more than a label holds', () => {
    expect(sessionHeadingName(null, 'k3x9q2ma')).toBe('k3x9q2ma');
    expect(sessionHeadingName('', 'k3x9q2ma')).toBe('k3x9q2ma');
    expect(sessionHeadingName('Session expired. Sign in at https://evil.example', 'k3x9q2ma')).toBe(
      'k3x9q2ma',
    );
    expect(sessionHeadingName('abc\u202Eexe.fdp', 'k3x9q2ma')).toBe('k3x9q2ma');
    expect(sessionHeadingName('x'.repeat(64), 'k3x9q2ma')).toBe('k3x9q2ma');
    expect(sessionHeadingName('-run', 'k3x9q2ma')).toBe('k3x9q2ma');
  });
});
