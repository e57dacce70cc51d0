import type { Translation } from '../translation';

export const storage: Translation['storage'] = {
  title: 'Stockage',
  description: 'Vos fichiers dans /arc/home et /arc/projects.',
};
