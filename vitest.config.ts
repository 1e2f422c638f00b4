import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        // Schemas import `reference` from astro:content, which exists only in a build: see tests/support/astro-content.ts.
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)) } },
        // One module graph for all unit files (isolate: false): they share no state, and it is three times faster.
        // A test that takes a minute while the rest of the suite runs beside it is hung, not slow.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 60_000 },
      },
      {
        extends: true,
        // Niced beside the browser tests in npm test, these builds wait for CPU: the timeouts catch a hung build, not a slow one.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 480_000, hookTimeout: 480_000 },
      },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 300_000, isolate: false } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
          // Two files at a time, one per core: each has its own browser, and the server and the build are shared read-only.
          fileParallelism: true,
          maxWorkers: 2,
          // expect.poll waits for a state (results shown, focus moved): up to 10 s on a busy machine, not Vitest's 1 s.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/support/e2e-setup.ts'],
        },
      },
    ],
  },
});
