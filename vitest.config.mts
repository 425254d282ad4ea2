import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
    // Property tests run hundreds of evaluations; a loaded 2-core CI machine needs room.
    testTimeout: 60_000,
  },
});
