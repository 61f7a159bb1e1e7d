/**
 * Repo rule cases that cannot be committed as fixtures/repo/<id>/ folders, for the rule tester
 * (test/rule-tester.ts): they are built in a temp dir when the case runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RuleCases } from '../rule-tester.js';
import { fixtureRepo } from '../helpers/paths.js';

/** The flat fixture plus a schema that is a symbolic link to a file outside the repo. */
function repoWithOutsideLink(): string {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.json'), '{"type":"object"}');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-link-'));
  fs.cpSync(fixtureRepo('flat'), dir, { recursive: true });
  fs.symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'schemas', 'leak.read.schema.json'));
  return dir;
}

export const REPO_CASES: RuleCases = {
  'repo-file-skipped': [
    {
      name: 'a schema symlinked to a file outside the repo',
      repo: repoWithOutsideLink,
      expected: [
        {
          ruleId: 'repo-file-skipped',
          severity: 'error',
          file: 'schemas/leak.read.schema.json',
          pointer: '',
          message: 'skipped: symbolic link to a path outside the repo (not followed)',
        },
      ],
    },
  ],
};
