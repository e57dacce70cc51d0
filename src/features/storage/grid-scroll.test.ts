// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scrollTopToReveal } from './grid-scroll';

const view = { scrollTop: 400, height: 300, header: 40 };

describe('revealing the keyboard row', () => {
  it('leaves a row in full view where it is', () => {
    expect(scrollTopToReveal({ ...view, rowTop: 440, rowBottom: 480 })).toBeUndefined();
    expect(scrollTopToReveal({ ...view, rowTop: 660, rowBottom: 700 })).toBeUndefined();
  });

  it('scrolls a row cut by the bottom edge up until its bottom shows', () => {
    expect(scrollTopToReveal({ ...view, rowTop: 680, rowBottom: 720 })).toBe(420);
    expect(scrollTopToReveal({ ...view, rowTop: 4_000_040, rowBottom: 4_000_080 })).toBe(3_999_780);
  });

  it('scrolls a row under the sticky header down until it shows below the header', () => {
    expect(scrollTopToReveal({ ...view, rowTop: 420, rowBottom: 460 })).toBe(380);
    expect(scrollTopToReveal({ ...view, rowTop: 40, rowBottom: 80 })).toBe(0);
  });
});
