/**
 * The stylesheets of the Mantine components the portal uses beyond the first page's. Awaited by each lazily
 * loaded page (and dialog) before it renders, so no component ever shows unstyled; the browser fetches it once.
 */
export async function loadMantineStyles(): Promise<void> {
  await import('./mantine-rest');
}
