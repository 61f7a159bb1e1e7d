/**
 * parseJson checks depth and duplicate member names after JSON.parse with two cheap counts
 * (parsedShapeIsPlain) and runs the character scan (scanJsonShape) only when they cannot rule a
 * problem out. These tests pin that the result is exactly what scanning every text first gave:
 * same rule id, message, pointer, line and column, on texts built to fool the counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_DEPTH, parseSchemaText } from '../../src/repo/parse.js';
import { lineColumnAt } from '../../src/util/line-column.js';
import {
  countNameColons,
  countParsedMembers,
  mayHoldContainers,
  parsedShapeIsPlain,
  scanJsonShape,
} from '../../src/util/json-scan.js';

/** What the loader reported before the fast path: scanJsonShape on every text, before JSON.parse. */
function scanFirst(text: string): unknown {
  const shape = scanJsonShape(text, MAX_SCHEMA_DEPTH);
  if (shape.kind === 'too-deep') {
    const at = lineColumnAt(text, shape.offset);
    return {
      ruleId: 'schema-too-deep',
      message: `nesting deeper than ${MAX_SCHEMA_DEPTH} levels at ${at.line}:${at.column}; not parsed`,
      ...at,
    };
  }
  try {
    JSON.parse(text);
  } catch {
    return 'syntax';
  }
  if (shape.kind === 'duplicate') {
    const at = lineColumnAt(text, shape.offset);
    return {
      ruleId: 'schema-duplicate-key',
      message: `duplicate key "${shape.key}" at ${at.line}:${at.column} (${shape.pointer}); parsers disagree on which one wins`,
      pointer: shape.pointer,
      ...at,
    };
  }
  return undefined;
}

function parsed(text: string): unknown {
  const error = parseSchemaText('a.json', text).parseError;
  return error && !error.ruleId ? 'syntax' : error;
}

/** Names and strings that put `":`, escaped quotes and colons where a naive count would miscount. */
const TRICKY = [
  '',
  'a',
  'b',
  'a":',
  '":',
  '"',
  '\\',
  '\\"',
  'x\\":y',
  ':',
  ' : ',
  '"\t:',
  '__proto__',
  'constructor',
  'é',
  '😀',
  '§',
  'a b',
  '0',
  '1',
];

/** A JSON text whose objects may repeat a name, spelled escaped or not, with arbitrary whitespace. */
const jsonText = fc.letrec<{ text: string }>((tie) => ({
  text: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TRICKY).map((s) => JSON.stringify(s)),
    fc.constantFrom('1', '-0.5e3', 'true', 'null'),
    fc.array(tie('text'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...TRICKY), fc.boolean(), fc.constantFrom('', ' ', '\n  ', '\t'), tie('text')), {
        maxLength: 5,
      })
      .map(
        (members) =>
          `{${members.map(([name, escaped, space, value]) => `${spell(name, escaped)}${space}:${space}${value}`).join(',')}}`,
      ),
  ),
})).text;

/** A name as JSON text, its first character \u-escaped when asked (the same name to JSON.parse). */
function spell(name: string, escaped: boolean): string {
  if (!escaped || name === '') return JSON.stringify(name);
  return `"\\u${name.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(name.slice(1)).slice(1, -1)}"`;
}

describe('parseJson: depth and duplicate names after JSON.parse, same findings as scanning first', () => {
  it('generated texts with repeated, escaped and colon-laden names (property)', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(parsed(text)).toEqual(scanFirst(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('generated texts nested near the depth limit, with a duplicate before, inside or after the deep part, or none (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 250, max: 262 }),
        fc.constantFrom('before', 'inside', 'after', 'none'),
        fc.boolean(),
        (depth, where, object) => {
          const open = object ? '{"k":' : '[';
          const close = object ? '}' : ']';
          const dup = '{"d": 1, "d": 2}';
          const inner = where === 'inside' ? dup : '{}';
          const deep = `${open.repeat(depth - 2)}${inner}${close.repeat(depth - 2)}`;
          const text = where === 'before' ? `[${dup}, ${deep}]` : where === 'after' ? `[${deep}, ${dup}]` : `[${deep}]`;
          expect(parsed(text)).toEqual(scanFirst(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names that contain `":`, escaped quotes, empty names, \\u escapes: exact message, pointer and position', () => {
    expect(parseSchemaText('a.json', '{"p": {"a\\":": 1, "a\\":": 2}}').parseError).toEqual({
      ruleId: 'schema-duplicate-key',
      message: 'duplicate key "a":" at 1:19 (/p/a":); parsers disagree on which one wins',
      pointer: '/p/a":',
      line: 1,
      column: 19,
    });
    expect(parseSchemaText('a.json', '{\n  "": 1,\n  "": 2\n}').parseError).toEqual({
      ruleId: 'schema-duplicate-key',
      message: 'duplicate key "" at 3:3 (/); parsers disagree on which one wins',
      pointer: '/',
      line: 3,
      column: 3,
    });
    expect(parseSchemaText('a.json', '{"items": [{"\\u0074ype": "x", "type": "y"}]}').parseError).toEqual({
      ruleId: 'schema-duplicate-key',
      message: 'duplicate key "type" at 1:31 (/items/0/type); parsers disagree on which one wins',
      pointer: '/items/0/type',
      line: 1,
      column: 31,
    });
    expect(parseSchemaText('a.json', '{"__proto__": {}, "__proto__": {}}').parseError).toMatchObject({
      ruleId: 'schema-duplicate-key',
      pointer: '/__proto__',
      line: 1,
      column: 19,
    });
    // colons after escaped quotes inside names and values: counted, then cleared by the scan
    expect(parseSchemaText('a.json', '{"a\\":": 1, "s": "x\\": y", "t": "\\":"}')).toMatchObject({
      json: { 'a":': 1, s: 'x": y', t: '":' },
    });
    expect(parseSchemaText('a.json', '{"a\\":": 1, "s": "x\\": y", "t": "\\":"}').parseError).toBeUndefined();
  });

  it('too deep and broken: too deep wins, as when the scan ran first', () => {
    const text = `${'['.repeat(300)}${']'.repeat(299)}, x`;
    expect(parseSchemaText('a.json', text).parseError).toEqual({
      ruleId: 'schema-too-deep',
      message: 'nesting deeper than 256 levels at 1:257; not parsed',
      line: 1,
      column: 257,
    });
  });

  it('a duplicate before a too-deep part is the finding (the scan stops at the first problem)', () => {
    const text = `{"a": 1, "a": 2, "b": ${'['.repeat(300)}${']'.repeat(300)}}`;
    expect(parseSchemaText('a.json', text).parseError).toMatchObject({
      ruleId: 'schema-duplicate-key',
      pointer: '/a',
      column: 10,
    });
  });

  it('texts that may hold over 100,000 containers are scanned before JSON.parse, with the same findings', () => {
    const wide = `[${'[],'.repeat(150_000)}{"x": 1, "x": 2}]`;
    expect(mayHoldContainers(wide, 100_000)).toBe(true);
    expect(parseSchemaText('a.json', wide).parseError).toMatchObject({
      ruleId: 'schema-duplicate-key',
      pointer: '/150000/x',
    });
    expect(parsed(wide)).toEqual(scanFirst(wide));
    const fine = `[${'[],'.repeat(150_000)}{"x": 1}]`;
    expect(parseSchemaText('a.json', fine).parseError).toBeUndefined();
  });
});

describe('the counts behind parsedShapeIsPlain', () => {
  it('countNameColons counts a colon after a quote and JSON whitespace, so never fewer than the members', () => {
    expect(countNameColons('{"a": 1, "b" \n\t\r : {"c":2}}')).toBe(3);
    expect(countNameColons('{"url": "http://x", "t": "12:30"}')).toBe(2);
    expect(countNameColons('{"a\\":": 1}')).toBe(2); // over-counts: the escaped quote inside the name
    expect(countNameColons(':"":')).toBe(1);
    expect(countNameColons('')).toBe(0);
  });

  it('countParsedMembers counts distinct names in every object and stops past the depth limit', () => {
    expect(countParsedMembers(JSON.parse('{"a": 1, "a": 2, "b": [{"c": {}}, {"c": 1, "d": null}]}'), 256)).toBe(5);
    expect(countParsedMembers(JSON.parse('{"__proto__": 1, "constructor": 2}'), 256)).toBe(2);
    expect(countParsedMembers('x', 256)).toBe(0);
    expect(countParsedMembers(JSON.parse(`${'['.repeat(256)}${']'.repeat(256)}`), 256)).toBe(0);
    expect(countParsedMembers(JSON.parse(`${'['.repeat(257)}${']'.repeat(257)}`), 256)).toBeUndefined();
    // iterative: a million levels (JSON.parse builds them without recursion, and so does the walk)
    expect(countParsedMembers(JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), 2_000_000)).toBe(0);
  });

  it('parsedShapeIsPlain is true only when the scan finds nothing', () => {
    const plain = (text: string) => parsedShapeIsPlain(text, JSON.parse(text), 256);
    expect(plain('{"a": {"b": [1, {"c": "d"}]}}')).toBe(true);
    expect(plain('{"a": 1, "a": 2}')).toBe(false);
    expect(plain('{"a": "\\":"}')).toBe(false); // over-count: the caller scans, which finds nothing
    expect(scanJsonShape('{"a": "\\":"}', 256)).toEqual({ kind: 'ok' });
    expect(plain(`${'['.repeat(257)}${']'.repeat(257)}`)).toBe(false);
  });

  it('mayHoldContainers bounds what JSON.parse could build by the brackets in the text', () => {
    expect(mayHoldContainers('[]'.repeat(10), 10)).toBe(false);
    expect(mayHoldContainers('[]'.repeat(11), 10)).toBe(true);
    expect(mayHoldContainers(`"${'{'.repeat(30)}"`, 10)).toBe(true); // brackets in strings count: an over-estimate
    expect(mayHoldContainers(`${' '.repeat(100)}{}`, 10)).toBe(false);
  });
});
