/**
 * Issue 15 item 4: git exports GIT_DIR to hooks, and with it set every git call evt made read
 * another repository: `--against HEAD` silently compared with that repository's HEAD. evt finds
 * the repository from the path it was given. A spawned process, because that is where the
 * variable comes from.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editJson, gitRepoFrom } from '../helpers/git.js';
import { evtProcess } from '../helpers/process.js';

describe("git's environment", () => {
  it('GIT_DIR naming another repository does not change what --against compares with', () => {
    const dir = gitRepoFrom('flat');
    const other = gitRepoFrom('versioned');
    editJson(path.join(dir, 'schemas/order.placed.schema.json'), (json) => {
      json.required = [...json.required, 'placed_at'];
    });
    const args = ['check', dir, '--against', 'HEAD', '--format', 'json'];
    const expected = evtProcess(args);
    expect(expected.code).toBe(1);
    expect(JSON.parse(expected.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('required-added');

    expect(evtProcess(args, undefined, { GIT_DIR: path.join(other, '.git') })).toEqual(expected);
    expect(evtProcess(args, undefined, { GIT_WORK_TREE: other, GIT_DIR: path.join(other, '.git') })).toEqual(expected);
  });
});
