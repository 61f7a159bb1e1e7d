import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/index.js';
import { expectVerifiedWitnesses, isBreaking, readJson, repoRoot } from './helpers.js';

interface Case {
  description: string;
  original_schema: unknown;
  update_schema: unknown;
  compatible: boolean;
  compatible_lenient?: boolean;
}

const FILES = [
  'diff-schema-examples.json',
  'diff-combined-schema-examples.json',
  'diff-schema-examples-2020-12.json',
  'diff-combined-schema-examples-2020-12.json',
];
/** Deliberate disagreements, documented with reasons in docs/conformance.md. */
const DISAGREEMENTS = readJson(path.join(repoRoot, 'test/diff/confluent-disagreements.json')) as Array<{
  file: string;
  index: number;
  description: string;
}>;

function loadCases(): Array<{ file: string; index: number; c: Case }> {
  return FILES.flatMap((file) =>
    (readJson(path.join(repoRoot, 'fixtures/corpora/confluent', file)) as Case[]).map((c, index) => ({
      file,
      index,
      c,
    })),
  );
}

describe('Confluent conformance (fixtures/corpora/confluent)', () => {
  const cases = loadCases();

  it('has the 263 labelled cases', () => {
    expect(cases.length).toBe(263);
  });

  it('agrees with `compatible` (backward + strict) except the documented disagreements', () => {
    const disagreements = cases
      .filter(
        ({ c }) =>
          isBreaking(
            diffDocuments(c.original_schema, c.update_schema, { mode: 'backward', policy: 'strict', witnesses: false }),
          ) === c.compatible,
      )
      .map(({ file, index, c }) => ({ file, index, description: c.description }));
    expect(disagreements).toEqual(DISAGREEMENTS);
    expect(cases.length - disagreements.length).toBeGreaterThanOrEqual(261);
  });

  it('agrees with every `compatible_lenient` label (backward + lenient)', () => {
    const lenient = cases.filter(({ c }) => c.compatible_lenient !== undefined);
    expect(lenient.length).toBe(8);
    for (const { file, index, c } of lenient) {
      const breaking = isBreaking(
        diffDocuments(c.original_schema, c.update_schema, { mode: 'backward', policy: 'lenient', witnesses: false }),
      );
      expect(breaking, `${file}#${index} ${c.description}`).toBe(!c.compatible_lenient);
    }
  });

  it('backs every breaking verdict it can with a witness that ajv confirms', () => {
    let witnesses = 0;
    for (const { c } of cases) {
      const findings = diffDocuments(c.original_schema, c.update_schema, { mode: 'full', policy: 'strict' });
      witnesses += expectVerifiedWitnesses(findings, c.original_schema, c.update_schema);
    }
    expect(witnesses).toBeGreaterThan(100);
  });
});
