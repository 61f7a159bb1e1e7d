import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractRepo } from '../../src/repo/load.js';
import { analyzeRepo } from '../../src/schemas/analyze.js';
import { SHARED, SKIP_SHARED_TESTS } from '../helpers/paths.js';
import { runSchemaRules } from './helpers.js';

const SEEDS = path.join(SHARED, 'seeds/sguild-dispatcher-2.0.0-schemas');

describe('real schemas: @sguild/dispatcher 2.0.0', () => {
  if (SKIP_SHARED_TESTS)
    it.skip(`skipped: ${SEEDS} is absent (the shared seeds live next to the repo checkout)`, () => {});
  else
    it('reports nothing on the valid seed schemas and runs every rule without an internal error', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-sguild-'));
      const payloads = path.join(dir, 'contracts/credit-reservation-lock/schema/payloads');
      const envelopeDir = path.join(dir, 'contracts/event-envelope/schema');
      fs.mkdirSync(payloads, { recursive: true });
      fs.mkdirSync(envelopeDir, { recursive: true });
      for (const file of fs.readdirSync(SEEDS)) {
        fs.copyFileSync(path.join(SEEDS, file), path.join(file === 'envelope-v1.json' ? envelopeDir : payloads, file));
      }
      const repo = await loadContractRepo(dir);
      expect(repo.envelope?.file).toBe('contracts/event-envelope/schema/envelope-v1.json');
      expect(analyzeRepo(repo)).toHaveLength(8);
      expect(runSchemaRules(repo)).toEqual([]);
    });
});
