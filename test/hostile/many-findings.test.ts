/**
 * Issue 15 item 9: `findings.push(...many)` put every finding on the call stack, so a run with more
 * than about 120,000 findings died with "Maximum call stack size exceeded". One version pair that
 * removes 150,000 typed properties gives 150,000 findings, in every plan and every format.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';

const COUNT = 150_000;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-many-'));
  const payloads = path.join(dir, 'contracts/items/schema/payloads');
  fs.mkdirSync(payloads, { recursive: true });
  const properties = Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`p${i}`, { type: 'string' }]));
  const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };
  fs.writeFileSync(path.join(payloads, 'item.created-v1.json'), JSON.stringify({ ...schema, properties }));
  fs.writeFileSync(path.join(payloads, 'item.created-v2.json'), JSON.stringify(schema));
});

describe('a run with more findings than the call stack holds arguments', () => {
  it.each([['one thread', ['--concurrency', 'off']]])(
    'check reports them all (%s)',
    async (_plan, extra) => {
      const args = extra.map((a) => (a === 'CACHE' ? path.join(dir, '.cache') : a));
      const result = await evt(['check', dir, '--format', 'json', '--no-witnesses', ...args]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0); // v1 -> v2 is a major step: the breaks are expected (info)
      const findings = JSON.parse(result.stdout).findings as Array<{ ruleId: string; pointer: string }>;
      expect(findings.filter((f) => f.ruleId === 'property-removed')).toHaveLength(COUNT);
    },
    60_000,
  );

  it.each(['markdown', 'text'])(
    'the %s reporter renders them',
    async (format) => {
      const result = await evt(['diff', dir, '--format', format, '--no-witnesses']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0); // v1 -> v2 is a major step: the breaks are expected (info)
      // each finding names its own property's pointer once
      expect(result.stdout.match(/#\/properties\/p\d+\b/g)).toHaveLength(COUNT);
    },
    60_000,
  );
});
