/**
 * Styles for a Mantine Button whose label wraps onto more lines rather than being cut: Mantine's is one line of
 * fixed height, and a label holding a name or a French phrase ("En lancer une autre nommée notebook2",
 * « Lancer en tâche sans interface ») is wider than a phone's screen.
 */
export const WRAPPING_LABEL = {
  // a flex box: the label stays centred in the height of a one-line button
  root: {
    height: 'auto',
    minHeight: 'var(--button-height)',
    maxWidth: '100%',
    display: 'inline-flex',
    alignItems: 'center',
  },
  label: { whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'start', lineHeight: 1.35 },
} as const;
