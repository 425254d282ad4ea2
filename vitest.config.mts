import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
    // Property tests run hundreds of evaluations; a loaded 2-core CI machine needs room.
    testTimeout: 60_000,
    // The rules module is imported once per worker, not once per test file: no test mocks a module, stubs a global
    // or keeps state between files (checked 2026-12-03), and the suite took 55 s instead of 126 s (26 s of CPU
    // instead of 48 s) on the loaded 2-core machine. A test that needs a fresh module graph: vitest's per-file
    // `// @vitest-environment` or vi.resetModules().
    isolate: false,
  },
});
