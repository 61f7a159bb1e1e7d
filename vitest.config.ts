import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` (npm test) runs in-process against src/: rules, engine, `run(argv, io)`
 * and reporters, with no build. `e2e` (npm run test:e2e, after a build) holds the tests whose
 * subject is the process or the build: bin/evt.js, the bundle, the shard worker, signals, limits.
 * A test file is e2e by its name: `*.e2e.test.ts`.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.e2e.test.ts'],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          pool: 'forks',
        },
      },
    ],
  },
});
