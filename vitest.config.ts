import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    setupFiles: ['tests/setup/fast-check.ts', 'tests/setup/node-modules.ts'],
  },
});
