export const storage = {
  title: 'Storage',
  description: 'Your files in /arc/home and /arc/projects.',
} as const;
