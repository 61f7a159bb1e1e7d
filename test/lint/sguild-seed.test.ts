import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRepo } from '../../src/lint/lint.js';
import { loadContractRepo } from '../../src/repo/load.js';
import { SHARED, SKIP_SHARED_TESTS } from '../helpers/paths.js';

/** The real @sguild/dispatcher 2.0.0 schemas, laid out as in that package. */
function sguildRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-sguild-'));
  const seeds = path.join(SHARED, 'seeds/sguild-dispatcher-2.0.0-schemas');
  const payloads = path.join(dir, 'contracts/credit-reservation-lock/schema/payloads');
  const envelope = path.join(dir, 'contracts/event-envelope/schema');
  fs.mkdirSync(payloads, { recursive: true });
  fs.mkdirSync(envelope, { recursive: true });
  for (const file of fs.readdirSync(seeds)) {
    fs.copyFileSync(path.join(seeds, file), path.join(file.startsWith('envelope') ? envelope : payloads, file));
  }
  return dir;
}

describe.skipIf(SKIP_SHARED_TESTS)('evt lint on the sguild-dispatcher 2.0.0 schemas (../shared/seeds)', () => {
  it('reports exactly the real findings: customer.handoff is not a past-tense verb', async () => {
    const report = lintRepo(await loadContractRepo(sguildRepo()));
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.event, f.file, f.pointer, f.hint])).toEqual([
      [
        'name-past-tense',
        'warning',
        'customer.handoff',
        'contracts/credit-reservation-lock/schema/payloads/customer.handoff-v1.json',
        '',
        'rename to "customer.handed_off"',
      ],
    ]);
    expect(report.notes).toEqual(['layout: sguild']);
  });
});
