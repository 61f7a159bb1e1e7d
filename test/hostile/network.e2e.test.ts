/**
 * evt never reaches the network: the guard preload (no-network.mjs) is loaded into the bin through
 * NODE_OPTIONS, and every command runs on repos whose $refs and $schemas point at remote URLs.
 * (The corpus test runs all its drivers under the same guard.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRepo } from '../helpers/paths.js';
import { evtAsync } from '../helpers/process.js';
import { NO_NETWORK, copyCase, hostileCase } from './helpers.js';

const guarded = { NODE_OPTIONS: `--import ${NO_NETWORK}` };

describe('no network', () => {
  it('the guard works: a fetch under it exits 99', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--import', NO_NETWORK, '-e', 'fetch("https://example.com")'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(99);
    expect(result.stderr).toContain('network access attempted: fetch');
  });

  const remote = copyCase('ref-remote');
  fs.cpSync(
    hostileCase('draft-remote-meta/schemas/order.shipped.schema.json'),
    path.join(remote, 'schemas/order.meta.schema.json'),
  );
  const runs: Array<[string, string[], number]> = [
    ['lint', ['lint', remote], 1],
    ['check', ['check', remote], 1],
    // versioned's v1 -> v2 break is the expected major change of a new version (issue 13): exit 0
    ['diff (repo)', ['diff', fixtureRepo('versioned'), '--witnesses'], 0],
    ['check (versioned)', ['check', fixtureRepo('versioned')], 0],
    [
      'diff (files, remote $ref)',
      [
        'diff',
        path.join(remote, 'schemas/order.placed.schema.json'),
        path.join(remote, 'schemas/order.shipped.schema.json'),
      ],
      1,
    ],
    ['init --stdout', ['init', remote, '--stdout'], 0],
    ['new --dry-run', ['new', 'order.refunded', remote, '--dry-run'], 0],
    ['rules', ['rules'], 0],
  ];
  it.each(runs)('%s: the normal exit code under the guard', async (_label, args, code) => {
    const result = await evtAsync(args, { env: guarded });
    expect(result.stderr).not.toContain('network access attempted');
    expect(result.code).toBe(code);
  });
});
