import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { resolveConfig } from '../../src/repo/config.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { WHOLE_REPO_RULES } from '../../src/pipeline/stages.js';
import { changedSince } from '../../src/repo/git.js';
import { gitListedTree, loadContractRepo, workingTree } from '../../src/repo/load.js';
import { narrowToChanged } from '../../src/repo/scope.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';

const rows = (stdout: string) =>
  (JSON.parse(stdout).findings as Finding[]).map((f) => `${f.ruleId} ${f.event ?? '-'} ${f.file ?? '-'} ${f.pointer}`);

describe('--changed reads only what the changed files need', () => {
  it('keeps the changed events (every version), the envelope, the registry and files that are no schema', () => {
    const config = resolveConfig({ preset: 'sguild' }, 'sguild');
    const files = [
      'contracts/a/schema/payloads/boat.booked-v1.json',
      'contracts/a/schema/payloads/boat.booked-v2.json',
      'contracts/a/schema/payloads/boat.sold-v1.json',
      'contracts/event-envelope/schema/envelope-v1.json',
      'contracts/event-types-registry.json',
      'contracts/notes.json',
    ];
    expect(narrowToChanged(files, config, ['contracts/a/schema/payloads/boat.booked-v2.json'])).toEqual(
      files.filter((f) => !f.includes('boat.sold')),
    );
  });

  it('reports what a full run reports for the changed events, except rules over the whole repo', async () => {
    const repo = gitRepoFrom('broken-sync');
    editJson(path.join(repo, 'contracts/booking-lifecycle/schema/payloads/boat.booked-v2.json'), (s) => {
      s.properties.seats = { type: 'integer' };
    });
    const changed = await evt(['check', repo, '--against', 'HEAD', '--changed', '--format', 'json']);
    const full = rows((await evt(['check', repo, '--against', 'HEAD', '--format', 'json'])).stdout).filter(
      (r) => r.split(' ')[1] === 'boat.booked' && !WHOLE_REPO_RULES.has(r.split(' ')[0]!),
    );
    expect(rows(changed.stdout)).toEqual(full);
    expect(full.length).toBeGreaterThan(0);
    expect(JSON.parse(changed.stdout).notes.join('\n')).toMatch(
      /--changed: read 3 schemas of 1 changed events; left out: name-duplicate/,
    ); // both versions and the envelope
  });

  it('lists from git what the walk lists: untracked files in, deleted, ignored and hidden ones out', async () => {
    const repo = gitRepoFrom('versioned');
    const payloads = path.join(repo, 'contracts/booking-lifecycle/schema/payloads');
    fs.writeFileSync(path.join(payloads, 'boat.docked-v1.json'), '{"type": "object"}\n');
    fs.rmSync(path.join(payloads, 'boat.booked-v1.json'));
    fs.writeFileSync(path.join(repo, '.gitignore'), 'ignored/\n');
    fs.mkdirSync(path.join(repo, 'ignored'));
    fs.writeFileSync(path.join(repo, 'ignored/x.json'), '{}');
    fs.mkdirSync(path.join(repo, '.github'));
    fs.writeFileSync(path.join(repo, '.github/ci.yaml'), 'on: push\n');
    git(repo, 'add', '.github/ci.yaml');
    const { changed, files } = await changedSince(repo, 'HEAD');
    expect(changed).toEqual([
      '.github/ci.yaml',
      '.gitignore',
      'contracts/booking-lifecycle/schema/payloads/boat.booked-v1.json',
      'contracts/booking-lifecycle/schema/payloads/boat.docked-v1.json',
    ]);
    const fromGit = await gitListedTree(repo, files, changed)();
    const walked = await workingTree(repo)();
    expect(fromGit.files).toEqual(walked.files);
    expect(fromGit.files).toContain('contracts/booking-lifecycle/schema/payloads/boat.docked-v1.json');
    expect(fromGit.files).not.toContain('contracts/booking-lifecycle/schema/payloads/boat.booked-v1.json');
  });

  it('runCheck with changed and against keeps the changed events of a repo read whole', async () => {
    const repo = gitRepoFrom('broken-sync');
    const file = 'contracts/booking-lifecycle/schema/payloads/boat.booked-v2.json';
    editJson(path.join(repo, file), (s) => {
      s.properties.seats = { type: 'integer' };
    });
    const request = { command: 'check', lint: true, diff: true, against: 'HEAD', today: '2026-11-23' };
    const loaded = await loadContractRepo(repo);
    const full = (await runCheck(loaded, request)).findings;
    const changed = (await runCheck(loaded, { ...request, changed: true })).findings;
    expect(changed).toEqual(full.filter((f) => f.event === 'boat.booked' || f.file === file));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(full.length);
  });
});
