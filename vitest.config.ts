import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own browser; two at a time fits the 2-core machines.
          maxWorkers: 2,
          // On a loaded CI machine a browser test may miss a timing once; a second failure is real.
          // Locally there is no retry, so timing bugs stay visible (two were found that way).
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
