/**
 * `evt diff` (no --against) reads only the files it pairs (src/repo/scope.ts pairedFiles): its report
 * must be the one a diff over the fully loaded repo gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/pipeline/run-check.js';
import { checkDir } from '../../src/plan/index.js';
import { loadContractRepo, repoConfig, workingTree } from '../../src/repo/load.js';
import { pairedFiles } from '../../src/repo/scope.js';
import { FIXTURES, fixtureRepo } from '../helpers/paths.js';

const CASES = [
  ...fs.readdirSync(path.join(FIXTURES, 'repos')).map((name) => fixtureRepo(name)),
  ...fs
    .readdirSync(path.join(FIXTURES, 'hostile'))
    .filter((c) => !c.startsWith('config-'))
    .map((name) => path.join(FIXTURES, 'hostile', name)),
].sort();
const OPTIONS = { command: 'diff', lint: false, diff: true, today: '2026-11-23', witnesses: 'auto' as const };

describe('evt diff reads only paired files', () => {
  it.each(CASES.map((root) => [path.relative(FIXTURES, root), root]))(
    '%s: the report of a full load',
    async (_name, root) => {
      const full = await runCheck(await loadContractRepo(root), OPTIONS);
      const lean = await checkDir(root, OPTIONS, { concurrency: 'off' });
      expect(JSON.stringify(lean)).toBe(JSON.stringify(full));
    },
  );

  it('leaves out single-version events, unversioned files, the envelope and the registry', async () => {
    const root = fixtureRepo('versioned');
    const listed = await workingTree(root)();
    const paired = pairedFiles(listed.files, repoConfig(root, {}, listed.files));
    expect(paired.length).toBeGreaterThanOrEqual(2);
    expect(paired.length).toBeLessThan(listed.files.length);
    expect(paired.every((f) => /-v\d+\.json$/.test(f))).toBe(true);
    expect(paired.some((f) => /envelope|registry/i.test(f))).toBe(false);
  });
});
