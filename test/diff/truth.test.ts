import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments, diffSchemas } from '../../src/diff/index.js';
import type { DiffChange } from '../../src/diff/engine/pair.js';
import { SKIP_SHARED_TESTS } from '../helpers/paths.js';
import { isBreaking, sharedDir } from './helpers.js';

interface TruthPair {
  from: string;
  to: string;
  breaking: boolean;
  changes: Array<{ pointer: string; kind: string; breaking: boolean }>;
}

const SEEDS = ['1', '2', '3'];
const generator = path.join(sharedDir, 'bench/gen-repo.mjs');
const ADDED_SUBTREE = new Set(['property-added-optional', 'property-added-required', 'required-added-with-default']);

/**
 * A truth change is covered by an evt change at its pointer; a change inside a property that the
 * same version pair added is covered by that addition (evt reports an added subtree once).
 */
function covered(pointer: string, changes: DiffChange[]): boolean {
  return changes.some(
    (c) => c.pointer === pointer || (ADDED_SUBTREE.has(c.ruleId) && pointer.startsWith(`${c.pointer}/`)),
  );
}

describe.skipIf(SKIP_SHARED_TESTS)('generated repos: verdicts equal .truth.json', () => {
  let tmp = '';
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-truth-'));
    for (const seed of SEEDS)
      execFileSync(process.execPath, [generator, path.join(tmp, seed), '--events', '1000', '--seed', seed], {
        stdio: 'ignore',
      });
  }, 60_000);
  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it.each(SEEDS)(
    'seed %s: backward+strict verdicts have precision and recall 1.0, every truth change covered',
    (seed) => {
      const root = path.join(tmp, seed);
      const truth = JSON.parse(fs.readFileSync(path.join(root, '.truth.json'), 'utf8')) as Record<string, TruthPair>;
      const wrong: string[] = [];
      const uncovered: string[] = [];
      for (const [key, pair] of Object.entries(truth)) {
        const oldDoc = JSON.parse(fs.readFileSync(path.join(root, pair.from), 'utf8'));
        const newDoc = JSON.parse(fs.readFileSync(path.join(root, pair.to), 'utf8'));
        const findings = diffDocuments(oldDoc, newDoc, { mode: 'backward', policy: 'strict', witnesses: false });
        if (isBreaking(findings) !== pair.breaking) wrong.push(key);
        const changes = diffSchemas(oldDoc, newDoc, { policy: 'strict' });
        for (const change of pair.changes)
          if (!covered(change.pointer, changes)) uncovered.push(`${key} ${change.kind} ${change.pointer}`);
      }
      expect(Object.keys(truth).length).toBeGreaterThan(400);
      expect(wrong).toEqual([]);
      expect(uncovered).toEqual([]);
    },
  );
});
