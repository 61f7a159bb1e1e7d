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
export const HAS_SHARED = fs.existsSync(path.join(SHARED, 'seeds'));
if (!HAS_SHARED) console.warn(`[evt tests] ${SHARED} not found: tests that read ../shared are skipped`);
