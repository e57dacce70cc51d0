// Mantine's Menu with Popover and Floating UI: its own chunk, loaded by lazy-menu.tsx when a header menu is
// first wanted, so the first page does not carry them.
export { Menu } from '@mantine/core';
