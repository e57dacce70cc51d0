// @vitest-environment node
import { createTheme, mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { chartShade, kindColour } from './session-colours';

describe('session type colours', () => {
  it('gives each session type its own colour, the same in every chart', () => {
    const kinds = ['notebook', 'desktop', 'desktop-app', 'carta', 'headless', 'firefly', 'contributed'];
    expect(new Set(kinds.map(kindColour)).size).toBe(kinds.length);
    expect(kindColour('carta')).toBe('grape');
    expect(kindColour('something-new')).toBe('gray');
  });

  it('uses a darker shade on light backgrounds and a lighter one on dark', () => {
    const theme = mergeMantineTheme(DEFAULT_THEME, createTheme({}));
    expect(chartShade(theme, 'grape', false)).toBe(theme.colors.grape[7]);
    expect(chartShade(theme, 'grape', true)).toBe(theme.colors.grape[4]);
  });
});
