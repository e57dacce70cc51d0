export const images = {
  title: 'Images',
  description: 'Container images in the platform’s Harbor registry.',
} as const;
