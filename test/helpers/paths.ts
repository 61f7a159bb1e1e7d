import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'fixtures');
export const fixtureRepo = (name: string): string => path.join(FIXTURES, 'repos', name);

/**
 * ../shared beside the project: present on developer machines and in CI, absent elsewhere.
 * EVT_SHARED_DIR points a git worktree (which has no ../shared of its own) at it.
 */
export const SHARED = process.env.EVT_SHARED_DIR
  ? path.resolve(process.env.EVT_SHARED_DIR)
  : path.resolve(PROJECT_ROOT, '../shared');
const HAS_SHARED = fs.existsSync(path.join(SHARED, 'seeds'));
const IN_CI = Boolean(process.env.CI);
/**
 * Tests that read ../shared (the seeds, the repo generator) skip without it on a developer machine.
 * In CI (CI=true) they run and fail instead: there a missing ../shared is a broken setup, not a
 * reason to pass.
 */
export const SKIP_SHARED_TESTS = !HAS_SHARED && !IN_CI;
if (!HAS_SHARED)
  console.warn(
    `[evt tests] ${SHARED} not found: tests that read ../shared ${IN_CI ? 'fail (CI=true)' : 'are skipped'}`,
  );
