import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  // '@/…' is src/…, as in vite.config.ts and tsconfig.base.json's paths.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    __APP_VERSION__: JSON.stringify('test'),
    __APP_COMMIT__: JSON.stringify('test'),
  },
  test: {
    // A test file of logic alone starts with `// @vitest-environment node`: a jsdom costs each file that
    // loads one most of a second, which for 47 such files was 17 s of the run on two cores.
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'bench/**/*.test.ts', 'e2e/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Vitest's default leaves one core to its main process, which is mostly idle: on two cores that is one
    // worker, and every core measured 273 s → 181 s for the whole run.
    maxWorkers: availableParallelism(),
  },
});
