import type { Translation } from '../translation';

export const images: Translation['images'] = {
  title: 'Images',
  description: 'Les images de conteneur du registre Harbor de la plateforme.',
};
