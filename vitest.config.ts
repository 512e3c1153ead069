import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Vitest ran one file at a time on the 2-core CI machine (seen in its JSON report): two at a time
    // keeps both cores busy while a browser test waits on Chromium.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'] },
      },
      {
        // Browser tests in Debian's Chromium against the site built from the bundled sample
        // (tests/e2e/support/global-setup.ts builds it once and serves it on loopback).
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 300_000,
        },
      },
    ],
  },
});
