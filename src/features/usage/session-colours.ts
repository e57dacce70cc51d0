import type { MantineColor, MantineTheme } from '@mantine/core';

/**
 * One colour per session type in every usage chart, whichever types a chart happens to hold: the same type
 * never changes colour between a user's, a group's and another period's chart.
 */
const KIND_COLOURS: Readonly<Record<string, MantineColor>> = {
  notebook: 'blue',
  desktop: 'teal',
  'desktop-app': 'lime',
  carta: 'grape',
  headless: 'orange',
  firefly: 'cyan',
  contributed: 'pink',
};

/** Colours for charts whose series are not session types (members, resources), in order. */
const OTHER_COLOURS: readonly MantineColor[] = ['indigo', 'lime', 'red', 'yellow', 'violet', 'green'];

export function kindColour(kind: string): MantineColor {
  return KIND_COLOURS[kind] ?? 'gray';
}

export function seriesColour(index: number): MantineColor {
  return OTHER_COLOURS[index % OTHER_COLOURS.length] ?? 'indigo';
}

/** A Mantine colour's shade for the scheme: darker on light backgrounds, lighter on dark ones. */
export function chartShade(theme: MantineTheme, colour: MantineColor, dark: boolean): string {
  const shades = theme.colors[colour] ?? theme.colors.gray;
  return shades[dark ? 4 : 7];
}
