/**
 * `evt diff` (no --against) reads only the files it pairs (src/repo/scope.ts pairedFiles): its report
 * must be the one a diff over the fully loaded repo gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDir } from '../../src/check/load-for-run.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadContractRepo } from '../../src/repo/load.js';
import { pairedFiles } from '../../src/repo/scope.js';
import { listContractRepo } from '../../src/repo/load.js';
import { FIXTURES, fixtureRepo } from '../helpers/paths.js';

const CASES = [
  ...fs.readdirSync(path.join(FIXTURES, 'repos')).map((name) => fixtureRepo(name)),
  ...fs
    .readdirSync(path.join(FIXTURES, 'hostile'))
    .filter((c) => !c.startsWith('config-'))
    .map((name) => path.join(FIXTURES, 'hostile', name)),
].sort();
const OPTIONS = { lint: false, diff: true, today: '2026-11-23', witnesses: 'auto' as const };

describe('evt diff reads only paired files', () => {
  it.each(CASES.map((root) => [path.relative(FIXTURES, root), root]))(
    '%s: the report of a full load',
    async (_name, root) => {
      const full = await runCheck(await loadContractRepo(root), 'diff', OPTIONS);
      const lean = await checkDir(root, {}, 'diff', OPTIONS, { concurrency: 'off' });
      expect(JSON.stringify(lean)).toBe(JSON.stringify(full));
    },
  );

  it('leaves out single-version events, unversioned files, the envelope and the registry', async () => {
    const listed = await listContractRepo(fixtureRepo('versioned'));
    const paired = pairedFiles(listed.files, listed.config);
    expect(paired.length).toBeGreaterThanOrEqual(2);
    expect(paired.length).toBeLessThan(listed.files.length);
    expect(paired.every((f) => /-v\d+\.json$/.test(f))).toBe(true);
    expect(paired.some((f) => /envelope|registry/i.test(f))).toBe(false);
  });
});
