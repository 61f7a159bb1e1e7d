import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { parseSchemaText } from '../../src/repo/parse.js';
import { addPositions, docsByFile, locatePointer } from '../../src/repo/source-map.js';
import { escapeToken } from '../../src/util/json-pointer.js';

function pointersOf(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [`${at}/${i}`, ...pointersOf(v, `${at}/${i}`)]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      `${at}/${escapeToken(k)}`,
      ...pointersOf(v, `${at}/${escapeToken(k)}`),
    ]);
  return [];
}

describe('addPositions on JSON', () => {
  it('finds the same positions as the full index, scanning only the members it needs (property)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.infiniteStream(fc.boolean()),
        (value, indent, picks) => {
          const text = JSON.stringify(value, null, indent);
          const all = pointersOf(value);
          const wanted = all.filter(() => picks.next().value);
          const findings = wanted.map(
            (pointer) => ({ ruleId: 'x', severity: 'error', file: 'a.json', pointer, message: '' }) as Finding,
          );
          const targeted = addPositions(findings, docsByFile([parseSchemaText('a.json', text)]));
          const full = parseSchemaText('a.json', text);
          expect(targeted.map((f) => [f.line, f.column])).toEqual(
            wanted.map((p) => [locatePointer(full, p)?.line, locatePointer(full, p)?.column]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops scanning once every pointer is found only in docs that parsed cleanly: with duplicate names the last one still wins', () => {
    const finding = (pointer: string) =>
      ({ ruleId: 'x', severity: 'error', file: 'a.json', pointer, message: '' }) as Finding;
    const clean = parseSchemaText('a.json', '{\n  "a": 1,\n  "b": {"c": [1, 2]}\n}');
    expect(
      addPositions([finding('/a'), finding('/b/c/1')], docsByFile([clean])).map((f) => [f.line, f.column]),
    ).toEqual([
      [2, 3],
      [3, 18],
    ]);
    const duplicated = parseSchemaText('a.json', '{\n  "a": 1,\n  "a": 2\n}');
    expect(duplicated.parseError?.ruleId).toBe('schema-duplicate-key');
    expect(addPositions([finding('/a')], docsByFile([duplicated])).map((f) => [f.line, f.column])).toEqual([[3, 3]]);
  });
});
