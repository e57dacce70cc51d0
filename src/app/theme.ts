import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** The theme, with the accessible names Mantine's own controls need in the user's language. */
export function createPortalTheme(labels: { close: string }) {
  return createTheme({
    // Shade 6 with white text fails WCAG AA contrast; 8 passes in both schemes.
    primaryColor: 'indigo',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    // dialogs, menus and notices appear without their slide or fade where the user asked for less motion
    respectReducedMotion: true,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    components: {
      // The focus placeholder Mantine puts inside role="menu" is a child a menu may not have (axe).
      Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
      Notification: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
      },
      // Dialog titles can hold a file or session name without spaces: let it wrap rather than overflow.
      Modal: { styles: { title: { overflowWrap: 'anywhere', minWidth: 0 } } },
      // Options and group labels are image, project and label names: wrap them inside the dropdown.
      Select: { styles: { option: { overflowWrap: 'anywhere' }, groupLabel: { overflowWrap: 'anywhere' } } },
    },
  });
}

/** Mantine's default dimmed and error colours fall below WCAG AA contrast (4.5:1); these pass in both schemes. */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    // A light button under the pointer (an open menu's target keeps it) got 4.1:1; the lightest indigo gives 5.4:1.
    '--mantine-primary-color-light-hover': current.colors.indigo[1],
    '--mantine-color-indigo-light-hover': current.colors.indigo[1],
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-error': current.colors.red[9],
    // warning text: orange 9 is 4.3:1 on white, 4.0:1 on a light orange notice; this gives 5.6:1 and 5.1:1
    '--portal-color-warning-text': '#b8400c',
  },
  dark: {
    // links on a hovered table row (#3b3b3b) got 3.8:1 with indigo 4; indigo 3 gives 4.8:1
    '--mantine-color-anchor': current.colors.indigo[3],
    '--mantine-color-dimmed': current.colors.dark[1],
    '--mantine-color-error': current.colors.red[4],
    '--portal-color-warning-text': current.colors.orange[3],
  },
});
