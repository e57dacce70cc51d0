// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { enabledAreas } from './areas';

describe('enabledAreas', () => {
  const all = [
    { name: 'sessions' },
    { name: 'usage', feature: 'usage' as const },
    { name: 'images', feature: 'images' as const },
  ];
  const features = { gpu: true, usage: true, storage: true, images: true };

  it('keeps every area when every flag is on', () => {
    expect(enabledAreas(all, features).map((area) => area.name)).toEqual(['sessions', 'usage', 'images']);
  });

  it('drops the areas whose flag is off and keeps those without a flag', () => {
    expect(enabledAreas(all, { ...features, usage: false }).map((area) => area.name)).toEqual([
      'sessions',
      'images',
    ]);
  });
});
