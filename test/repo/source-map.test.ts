import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { parseSchemaText } from '../../src/repo/parse.js';
import { addPositions, docsByFile, locatePointer } from '../../src/repo/source-map.js';
import { joinPointer } from '../../src/util/json-pointer.js';

const json = parseSchemaText(
  'schemas/order.placed.schema.json',
  `{
  "$id": "order.placed",
  "type": "object",
  "required": ["orderId", "total"],
  "properties": {
    "orderId": { "type": "string" },
    "a/b~c": {"type":"integer"},
    "esc\\"aped": [],
    "total": {
      "type": "number", "minimum": 0
    }
  },
  "examples": [ {}, { "orderId": "x" } ,
    true ]
}
`,
);

const yaml = parseSchemaText(
  'events/invoice/issued/1.0.0.schema.yaml',
  `# comment
$id: invoice.issued
type: object
required:
  - invoiceId
  - amount
properties:
  invoiceId: { type: string }
  amount:
    type: number
    enum: [1, 2]
base: &base
  type: string
copy: *base
`,
);

describe('locatePointer on JSON', () => {
  const at = (pointer: string) => locatePointer(json, pointer);

  it('gives the position of the member key, 1-based', () => {
    expect(at('/$id')).toEqual({ line: 2, column: 3 });
    expect(at('/properties/orderId')).toEqual({ line: 6, column: 5 });
    expect(at('/properties/orderId/type')).toEqual({ line: 6, column: 18 });
    expect(at('/properties/total/minimum')).toEqual({ line: 10, column: 25 });
  });

  it('gives the start of array elements', () => {
    expect(at('/required/0')).toEqual({ line: 4, column: 16 });
    expect(at('/required/1')).toEqual({ line: 4, column: 27 });
    expect(at('/examples/0')).toEqual({ line: 13, column: 17 });
    expect(at('/examples/1/orderId')).toEqual({ line: 13, column: 23 });
    expect(at('/examples/2')).toEqual({ line: 14, column: 5 });
  });

  it('decodes escaped keys and RFC 6901 pointer escapes', () => {
    expect(at('/properties/a~1b~0c/type')).toEqual({ line: 7, column: 15 });
    expect(at('/properties/esc"aped')).toEqual({ line: 8, column: 5 });
  });

  it("'' is the document start; a member that does not exist is undefined", () => {
    expect(at('')).toEqual({ line: 1, column: 1 });
    expect(at('/properties/nope')).toBeUndefined();
    expect(at('/required/2')).toBeUndefined();
  });

  it('keeps the positions before a syntax error', () => {
    const broken = parseSchemaText('x.json', '{\n  "a": 1,\n  "b": {\n    "c": tru e,\n    "d": 2\n');
    expect(broken.parseError).toBeDefined();
    expect(locatePointer(broken, '/a')).toEqual({ line: 2, column: 3 });
    expect(locatePointer(broken, '/b/c')).toEqual({ line: 4, column: 5 });
    expect(locatePointer(broken, '/b/d')).toBeUndefined();
  });

  it('survives deep nesting without recursion', () => {
    const depth = 20_000;
    const doc = parseSchemaText('deep.json', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    expect(locatePointer(doc, '/a'.repeat(depth))).toEqual({ line: 1, column: 5 * depth - 3 });
  });

  it('finds every member of random JSON documents at the offset of its key (property test)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : 0);
        const doc = parseSchemaText('p.json', text);
        for (const [pointer, expected] of keyOffsets(value, '', text)) {
          expect(locatePointer(doc, pointer), pointer).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Expected positions computed independently: re-serialise each key and search for it in order. */
function keyOffsets(value: unknown, pointer: string, text: string): Array<[string, { line: number; column: number }]> {
  const out: Array<[string, { line: number; column: number }]> = [];
  let cursor = 0;
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      cursor = text.indexOf('[', cursor) + 1;
      node.forEach((item, index) => {
        while (/[\s,]/.test(text[cursor]!)) cursor++;
        out.push([joinPointer(at, index), position(text, cursor)]);
        walk(item, joinPointer(at, index));
      });
      cursor = text.indexOf(']', cursor) + 1;
    } else if (node !== null && typeof node === 'object') {
      cursor = text.indexOf('{', cursor) + 1;
      for (const [key, child] of Object.entries(node)) {
        cursor = text.indexOf(`${JSON.stringify(key)}:`, cursor);
        // the last duplicate wins in both JSON.parse and the index; JSON.stringify emits none
        out.push([joinPointer(at, key), position(text, cursor)]);
        cursor += JSON.stringify(key).length + 1;
        walk(child, joinPointer(at, key));
      }
      cursor = text.indexOf('}', cursor) + 1;
    } else {
      while (/\s/.test(text[cursor]!)) cursor++;
      cursor += JSON.stringify(node).length;
    }
  };
  walk(value, pointer);
  return out;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('locatePointer on YAML', () => {
  const at = (pointer: string) => locatePointer(yaml, pointer);

  it('gives the key of mapping members and the start of sequence items', () => {
    expect(at('/$id')).toEqual({ line: 2, column: 1 });
    expect(at('/required/1')).toEqual({ line: 6, column: 5 });
    expect(at('/properties/invoiceId/type')).toEqual({ line: 8, column: 16 });
    expect(at('/properties/amount/enum/1')).toEqual({ line: 11, column: 15 });
  });

  it('does not follow aliases; the anchor is where the members are', () => {
    expect(at('/base/type')).toEqual({ line: 13, column: 3 });
    expect(at('/copy')).toEqual({ line: 14, column: 1 });
    expect(at('/copy/type')).toBeUndefined();
  });
});

describe('addPositions', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'r',
    severity: 'error',
    pointer: '',
    message: 'm',
    ...over,
  });

  it('fills line/column where missing, keeps given ones, leaves unknown files and members alone', () => {
    const docs = docsByFile([json, yaml]);
    const findings = [
      finding({ file: json.file, pointer: '/properties/total' }),
      finding({ file: yaml.file, pointer: '/required' }),
      finding({ file: json.file, pointer: '/$id', line: 40, column: 2 }),
      finding({ file: 'src/event-types.ts', pointer: '' }),
      finding({ pointer: '/x' }),
      finding({ file: json.file, pointer: '/nope' }),
      finding({ file: json.file, pointer: '' }),
    ];
    expect(addPositions(findings, docs).map((f) => [f.line, f.column])).toEqual([
      [9, 5],
      [4, 1],
      [40, 2],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [1, 1],
    ]);
    expect(findings[0]!.line).toBeUndefined();
  });
});
