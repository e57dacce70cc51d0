import { describe, expect, it } from 'vitest';
import { createI18n, loadAreaStrings } from '@/i18n/i18n';
import { imageFieldError } from './image-field-error';

const fine = { imageMissing: false, imageOffRegistry: false, imageOtherRegistry: undefined };
const hosts = ['images.canfar.net', 'images-rc.canfar.net'];

async function english() {
  const i18n = createI18n('en');
  await loadAreaStrings(i18n, 'launch');
  return i18n.t;
}

describe('imageFieldError', () => {
  it('says an image is missing only once Launch was pressed', async () => {
    const t = await english();
    const missing = { ...fine, imageMissing: true };
    expect(imageFieldError(missing, false, hosts, t)).toBeUndefined();
    expect(imageFieldError(missing, true, hosts, t)).toBe('Choose an image');
    expect(imageFieldError(fine, true, hosts, t)).toBeUndefined();
  });

  it('names the registries sessions start from for an image on none of them, at once', async () => {
    const t = await english();
    expect(imageFieldError({ ...fine, imageOffRegistry: true }, false, hosts, t)).toBe(
      'This image is not on images.canfar.net, images-rc.canfar.net, where sessions start from: choose the registry above, then give the image’s path in it.',
    );
  });

  it('names another registry at the start of the path, isolated as a name in a sentence', async () => {
    const t = await english();
    expect(
      imageFieldError({ ...fine, imageOtherRegistry: 'docker.io' }, false, ['images.canfar.net'], t),
    ).toBe(
      'This path starts with another registry, \u2068docker.io\u2069: sessions start only from images on images.canfar.net. Give the path of an image on images.canfar.net (project/repository:tag).',
    );
  });
});
