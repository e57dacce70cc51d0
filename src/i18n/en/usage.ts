export const usage = {
  title: 'Usage',
  description: 'What you, your projects and the platform have used.',
} as const;
