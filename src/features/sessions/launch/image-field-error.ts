import type { TFunction } from 'i18next';
import { nameInSentence } from '@/lib/names';
import type { Readiness } from './launch-readiness';

type ImageReadiness = Pick<Readiness, 'imageMissing' | 'imageOffRegistry' | 'imageOtherRegistry'>;

/**
 * What the image field says is wrong with the image: a missing one only once Launch was pressed, one from a
 * registry skaha does not launch from at once. `hosts` are the registries it does launch from.
 */
export function imageFieldError(
  readiness: ImageReadiness,
  attempted: boolean,
  hosts: readonly string[],
  t: TFunction,
): string | undefined {
  if (attempted && readiness.imageMissing) return t('launch.form.imageRequired');
  if (readiness.imageOffRegistry) return t('launch.form.imageOffRegistry', { hosts: hosts.join(', ') });
  if (readiness.imageOtherRegistry === undefined) return undefined;
  return t('launch.form.imageOtherRegistry', {
    // from the image, which a link can write
    host: nameInSentence(readiness.imageOtherRegistry),
    hosts: hosts.join(', '),
  });
}
