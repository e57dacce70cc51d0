import { createTheme } from '@mantine/core';

export const theme = createTheme({
  // Shade 6 with white text fails WCAG AA contrast; 8 passes in both schemes.
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
    },
  },
});
