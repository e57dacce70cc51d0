import type { Translation } from '../translation';

export const usage: Translation['usage'] = {
  title: 'Utilisation',
  description: 'Ce que vous, vos projets et la plateforme avez utilisé.',
};
