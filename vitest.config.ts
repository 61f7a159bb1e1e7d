import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit` and `unit-mocks` (npm test) run in-process against src/: rules, engine,
 * `run(argv, io)` and reporters, with no build. `e2e` (npm run test:e2e, after a build) holds the
 * tests whose subject is the process or the build: bin/evt.js, the bundle, the shard worker,
 * signals, limits. A test file is e2e by its name: `*.e2e.test.ts`.
 *
 * `unit` shares one module graph per worker thread (isolate: false): re-importing src/ for every
 * file was half of the suite's CPU time. A file that replaces a module (vi.mock) would leak its mock
 * into the files after it, so those run isolated in `unit-mocks`, found by their text.
 */
const E2E = 'test/**/*.e2e.test.ts';
const MOCKING = fs
  .readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && !file.endsWith('.e2e.test.ts'))
  .map((file) => path.posix.join('test', file.split(path.sep).join('/')))
  .filter((file) => /\bvi\.(mock|doMock)\(/.test(fs.readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [E2E, ...MOCKING],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocks', include: MOCKING, pool: 'threads' },
      },
      {
        extends: true,
        test: { name: 'e2e', include: [E2E], pool: 'forks' },
      },
    ],
  },
});
