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
    // A test file of logic alone starts with `// @vitest-environment node`: it needs no document.
    environment: 'jsdom',
    // Each test file in a fresh VM context of a long-lived child process: jsdom and the dependencies are loaded
    // once per worker, not once per file, which took the run from 292 s to 168 s on two cores. Processes, not
    // threads: the daylight-saving test of usage-figures.test.ts changes the process's time zone. A context has
    // only jsdom's globals, so src/test/setup.ts adds the stream classes browsers have.
    pool: 'vmForks',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'bench/**/*.test.ts', 'e2e/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Vitest's default leaves one core to its main process, which is mostly idle: on two cores that is one
    // worker, and every core measured 273 s → 181 s for the whole run.
    maxWorkers: availableParallelism(),
    // recharts' CommonJS build requires @reduxjs/toolkit's ES module, which a VM context's require cannot load:
    // bundled as one ES module instead.
    deps: { optimizer: { client: { enabled: true, include: ['recharts'] } } },
  },
});
