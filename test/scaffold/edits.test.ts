/**
 * The in-place editors on texts the fixtures do not cover: union styles, registry shapes and
 * formats, path rendering, the diff and the pattern sampler.
 */
import { describe, expect, it } from 'vitest';
import { addRegistryEntry, addRegistryVersion } from '../../src/scaffold/registry-edit.js';
import { renderSchemaPath } from '../../src/scaffold/render-path.js';
import { stringMatching } from '../../src/scaffold/pattern-example.js';
import { addUnionLiteral } from '../../src/scaffold/union-edit.js';
import { unifiedDiff } from '../../src/scaffold/unified-diff.js';

const v = (raw: string) => ({ raw, format: 'integer' as const, parts: [Number(raw)] });

describe('addUnionLiteral', () => {
  it.each([
    ['one line, double quotes', 'export type E = "a.b" | "c.d";\n', 'b.c', 'export type E = "a.b" | "b.c" | "c.d";\n'],
    ['one line, appended last', "export type E = 'a.b' | 'c.d';\n", 'x.y', "export type E = 'a.b' | 'c.d' | 'x.y';\n"],
    [
      'inserted first',
      "export type E =\n  | 'b.c'\n  | 'c.d';\n",
      'a.b',
      "export type E =\n  | 'a.b'\n  | 'b.c'\n  | 'c.d';\n",
    ],
    [
      'a single literal on its own line',
      "export type E =\n  | 'b.c';\n",
      'x.y',
      "export type E =\n  | 'b.c'\n  | 'x.y';\n",
    ],
    [
      'unsorted: appended',
      "export type E =\n  | 'z.z'\n  | 'a.a';\n",
      'm.m',
      "export type E =\n  | 'z.z'\n  | 'a.a'\n  | 'm.m';\n",
    ],
    [
      'tab indentation',
      "export type E =\n\t| 'a.b'\n\t| 'c.d';\n",
      'b.c',
      "export type E =\n\t| 'a.b'\n\t| 'b.c'\n\t| 'c.d';\n",
    ],
    [
      'multi-line EVENT_TYPES array with a trailing comma',
      "export type E = 'a.b' | 'c.d';\nexport const EVENT_TYPES = [\n  'a.b',\n  'c.d',\n] as const;\n",
      'x.y',
      "export type E = 'a.b' | 'c.d' | 'x.y';\nexport const EVENT_TYPES = [\n  'a.b',\n  'c.d',\n  'x.y',\n] as const;\n",
    ],
    ['already present: unchanged', "export type E = 'a.b' | 'c.d';\n", 'c.d', "export type E = 'a.b' | 'c.d';\n"],
  ])('%s', (_, before, name, after) => {
    expect(addUnionLiteral(before, name)).toBe(after);
  });
});

describe('addRegistryEntry / addRegistryVersion', () => {
  it('a multi-line JSON map keeps its indentation and key order inside entries', () => {
    const before = '{\n  "a.created": {\n    "versions": ["v1"],\n    "producer": "svc-a"\n  }\n}\n';
    const notes: string[] = [];
    expect(addRegistryEntry(before, 'json', { event: 'a.deleted', version: v('1'), producer: undefined }, notes)).toBe(
      '{\n  "a.created": {\n    "versions": ["v1"],\n    "producer": "svc-a"\n  },\n  "a.deleted": {\n    "versions": ["v1"],\n    "producer": "svc-a"\n  }\n}\n',
    );
    expect(notes).toEqual([]);
  });

  it('an array registry gets an item shaped like its neighbours; an unknown producer is a note', () => {
    const before =
      '{ "events": [\n  { "name": "a.created", "version": 1, "producer": "svc-a" },\n  { "name": "c.created", "version": 2, "producer": "svc-c" }\n] }\n';
    const notes: string[] = [];
    expect(addRegistryEntry(before, 'json', { event: 'b.created', version: v('1') }, notes)).toBe(
      '{ "events": [\n  { "name": "a.created", "version": 1, "producer": "svc-a" },\n  { "name": "b.created", "version": 1 },\n  { "name": "c.created", "version": 2, "producer": "svc-c" }\n] }\n',
    );
    expect(notes).toEqual(['the registry entry has no producer: pass --producer <name> (or add it by hand)']);
  });

  it('a YAML map registry with flow entries', () => {
    const before =
      '# registry\nevent_types:\n  boat.booked: { contract: booking, versions: [1, 2], current_version: 2 }\n  zebra.seen: { contract: zoo, versions: [1], current_version: 1 }\n';
    expect(addRegistryEntry(before, 'yaml', { event: 'boat.sunk', version: v('1'), dir: 'booking' }, [])).toBe(
      '# registry\nevent_types:\n  boat.booked: { contract: booking, versions: [1, 2], current_version: 2 }\n  boat.sunk: { contract: booking, versions: [1], current_version: 1 }\n  zebra.seen: { contract: zoo, versions: [1], current_version: 1 }\n',
    );
    expect(addRegistryVersion(before, 'yaml', 'boat.booked', v('3'))).toBe(
      before.replace('versions: [1, 2], current_version: 2', 'versions: [1, 2, 3], current_version: 3'),
    );
  });

  it('versions written as strings stay strings', () => {
    const before = '{"x.happened": {"versions": ["v1"], "current_version": "v1"}}';
    expect(addRegistryVersion(before, 'json', 'x.happened', v('2'))).toBe(
      '{"x.happened": {"versions": ["v1", "v2"], "current_version": "v2"}}',
    );
  });
});

describe('renderSchemaPath', () => {
  it.each([
    ['schemas/{event}.schema.json', { event: 'a.b' }, 'schemas/a.b.schema.json'],
    [
      'contracts/{contract}/schema/payloads/{event}-v{version}.json',
      { event: 'a.b', version: '1', dir: 'c' },
      'contracts/c/schema/payloads/a.b-v1.json',
    ],
    [
      'events/{aggregate}/{action}/{version}.schema.yaml',
      { event: 'invoice.paid', version: '1.0.0' },
      'events/invoice/paid/1.0.0.schema.yaml',
    ],
    ['{**}/{event}-v{version}.json', { event: 'a.b', version: '2', dir: 'x/y' }, 'x/y/a.b-v2.json'],
    ['{**}/{event}-v{version}.json', { event: 'a.b', version: '2', dir: '' }, 'a.b-v2.json'],
  ])('%s', (template, values, expected) => {
    expect(renderSchemaPath(template, values)).toBe(expected);
  });

  it('refuses a name with fewer segments than the layout has directories', () => {
    expect(() => renderSchemaPath('events/{a}/{b}/{c}.json', { event: 'x.y' })).toThrow(
      '"x.y" has 2 name segments; the layout needs 3',
    );
  });
});

describe('stringMatching', () => {
  it.each([
    ['^bkg_[0-9a-f]{26}$', `bkg_${'0'.repeat(26)}`],
    ['^[A-Z]{3}$', 'AAA'],
    ['^tsk_[0-9]+$', 'tsk_0'],
    ['^v\\d{2,4}-x?$', 'v00-'],
    ['^(a|b)$', undefined],
  ])('%s', (pattern, expected) => {
    expect(stringMatching(pattern)).toBe(expected);
  });
});

describe('unifiedDiff', () => {
  it('one hunk with three lines of context; removals before additions', () => {
    const before = `${['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n')}\n`;
    const after = before.replace('5\n', 'five\n');
    expect(unifiedDiff('f.txt', before, after)).toBe(
      '--- a/f.txt\n+++ b/f.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n',
    );
  });
});
