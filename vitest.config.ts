import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SOURCE_ALIAS } from './vite.config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: SOURCE_ALIAS },
  define: {
    __APP_VERSION__: JSON.stringify('test'),
    __APP_COMMIT__: JSON.stringify('test'),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
