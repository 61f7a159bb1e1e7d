/**
 * The loader on hostile files: every broken file becomes a parse error with a position (or, for
 * limits and hazards, the id of the rule that reports it), never an exception, and no document
 * that could hurt a recursive rule gets through.
 */
import { describe, expect, it } from 'vitest';
import { loadContractRepo } from '../../src/repo/load.js';
import { MAX_SCHEMA_BYTES, parseSchemaText } from '../../src/repo/parse.js';
import { HOSTILE_CASES, hostileCase } from './helpers.js';

/** What the loader makes of each committed case's hostile file(s): `file kind line:col message` or `file ok <json>`. */
const LOADED: Record<string, string[]> = {
  'dir-as-schema': ['skipped schemas/order.shipped.schema.json: a directory, not a file'],
  'draft-not-a-string': ['schemas/order.shipped.schema.json ok {"$schema":{"$ref":"x"},"$id":42,"type":"object"}'],
  'draft-remote-meta': [
    'schemas/order.shipped.schema.json ok {"$schema":"https://example.com/my-meta-schema.json","type":"object"}',
  ],
  'draft-unknown': [
    'schemas/order.shipped.schema.json ok {"$schema":"http://json-schema.org/draft-99/schema#","type":"object"}',
  ],
  'json-bom': [
    'schemas/order.shipped.schema.json ok {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"order.shipped","type":"object","properties":{"id":{"type":"string"}},"required":["id"]}',
  ],
  'json-comments': ['schemas/order.shipped.schema.json syntax 2:3 comments are not allowed in JSON'],
  'json-control-in-string': ['schemas/order.shipped.schema.json syntax 2:14 control character in a string (escape it)'],
  'json-duplicate-escaped-key': [
    'schemas/order.shipped.schema.json schema-duplicate-key 3:3 duplicate key "type" at 3:3 (/type); parsers disagree on which one wins',
  ],
  'json-duplicate-key': [
    'schemas/order.shipped.schema.json schema-duplicate-key 5:5 duplicate key "id" at 5:5 (/properties/id); parsers disagree on which one wins',
  ],
  'json-empty': ['schemas/order.shipped.schema.json syntax 1:1 empty file'],
  'json-huge-numbers': [
    'schemas/order.shipped.schema.json ok {"type":"object","properties":{"n":{"type":"number","minimum":null,"maximum":null,"multipleOf":0},"s":{"type":"string","maxLength":1e+23}}}',
  ],
  'json-not-utf8': [
    'schemas/order.shipped.schema.json schema-not-utf8 2:16 file has a byte that is not UTF-8 (0xe9) at 2:16; schemas must be UTF-8',
  ],
  'json-nul-byte': [
    "schemas/order.shipped.schema.json syntax 2:19 expected ',' or '}', found control character U+0000",
  ],
  'json-proto-keys': [
    'schemas/order.shipped.schema.json ok {"type":"object","__proto__":{"polluted":true},"properties":{"__proto__":{"type":"string"},"constructor":{"type":"string"},"hasOwnProperty":{"type":"string"}},"required":["__proto__","constructor"]}',
  ],
  'json-single-quotes': [
    "schemas/order.shipped.schema.json syntax 2:3 expected a double-quoted member name, found '''",
  ],
  'json-trailing-comma': ["schemas/order.shipped.schema.json syntax 3:21 trailing comma before ']'"],
  'json-truncated': [
    'schemas/order.shipped.schema.json syntax 4:21 unterminated string (the file ends before its closing quote)',
  ],
  'json-utf16': [
    'schemas/order.shipped.schema.json schema-not-utf8 1:1 file is UTF-16 (it starts with a UTF-16 byte-order mark) at 1:1; schemas must be UTF-8',
  ],
  'json-whitespace-only': ['schemas/order.shipped.schema.json syntax 1:1 empty file'],
  'shape-array': ['schemas/order.shipped.schema.json ok [{"type":"object"}]'],
  'shape-false': ['schemas/order.shipped.schema.json ok false'],
  'shape-null': ['schemas/order.shipped.schema.json ok null'],
  'shape-number': ['schemas/order.shipped.schema.json ok 42'],
  'shape-string': ['schemas/order.shipped.schema.json ok "object"'],
  'shape-true': ['schemas/order.shipped.schema.json ok true'],
  'yaml-1-1-merge': [
    'schemas/order.shipped.schema.yaml ok {"base":{"type":"object"},"<<":{"type":"object"},"additionalProperties":"no"}',
  ],
  'yaml-alias-bomb': [
    'schemas/order.shipped.schema.yaml syntax 1:1 Excessive alias count indicates a resource exhaustion attack',
  ],
  'yaml-alias-cycle': [
    'schemas/order.shipped.schema.yaml syntax 1:1 an alias refers to a node that contains it (the document would be infinite)',
  ],
  'yaml-alias-self': [
    'schemas/order.shipped.schema.yaml syntax 1:1 an alias refers to a node that contains it (the document would be infinite)',
  ],
  'yaml-binary-tag': ['schemas/order.shipped.schema.yaml syntax 2:9 Unresolved tag: tag:yaml.org,2002:binary'],
  'yaml-custom-tag': ['schemas/order.shipped.schema.yaml syntax 1:7 Unresolved tag: !custom'],
  'yaml-duplicate-key': [
    'schemas/order.shipped.schema.yaml schema-duplicate-key 4:3 duplicate key "id" at 4:3; parsers disagree on which one wins',
  ],
  'yaml-invalid': ['schemas/order.shipped.schema.yaml syntax 5:1 All mapping items must start at the same column'],
  'yaml-js-function': ['schemas/order.shipped.schema.yaml syntax 2:10 Unresolved tag: tag:yaml.org,2002:js/function'],
  'yaml-multi-doc': [
    'schemas/order.shipped.schema.yaml syntax 2:1 Source contains multiple documents; please use YAML.parseAllDocuments()',
  ],
  'yaml-tab-indent': ['schemas/order.shipped.schema.yaml syntax 3:1 Tabs are not allowed as indentation'],
};

/** Cases whose hostility is not in a schema file's syntax (refs, regexes, names, config): they load. */
const LOADS_CLEANLY = /^(ref-|regex-|names-|registry-|union-|diff-|config-(evil|invalid-pattern))/;
const CONFIG_ERRORS: Record<string, string> = {
  'config-alias-bomb': 'evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
  'config-invalid-yaml':
    'evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  'config-unknown-key': 'evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
  'config-wrong-type': 'evt.config.yaml: "naming.maxLength" must be integer',
};

async function loaded(name: string): Promise<string[]> {
  const repo = await loadContractRepo(hostileCase(name));
  const docs = [...repo.docs, ...(repo.rejected ?? [])]
    .filter((d) => d.file !== 'schemas/order.placed.schema.json')
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  return [
    ...docs.map((d) =>
      d.parseError
        ? `${d.file} ${d.parseError.ruleId ?? 'syntax'} ${d.parseError.line}:${d.parseError.column} ${d.parseError.message}`
        : `${d.file} ok ${JSON.stringify(d.json)}`,
    ),
    ...repo.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
  ];
}

describe('the loader on each hostile case', () => {
  it('every committed case has an expectation here or is one that loads cleanly', () => {
    const unexplained = HOSTILE_CASES.filter((c) => !(c in LOADED) && !(c in CONFIG_ERRORS) && !LOADS_CLEANLY.test(c));
    expect(unexplained).toEqual([]);
  });

  it.each(Object.entries(LOADED))('%s', async (name, expected) => {
    expect(await loaded(name)).toEqual(expected);
  });

  it.each(Object.entries(CONFIG_ERRORS))(
    '%s: a config error (EvtError, exit 2), not a crash',
    async (name, message) => {
      await expect(loadContractRepo(hostileCase(name))).rejects.toMatchObject({ name: 'EvtError', message });
    },
  );

  it.each(HOSTILE_CASES.filter((c) => LOADS_CLEANLY.test(c)))('%s loads without parse errors', async (name) => {
    const repo = await loadContractRepo(hostileCase(name));
    expect(repo.docs.filter((d) => d.parseError).map((d) => d.file)).toEqual([]);
  });
});

describe('limits, checked before anything recursive runs', () => {
  it('schema-too-large: a size over the cap is reported from the size alone (the file is never read)', () => {
    const doc = parseSchemaText('schemas/a.b.schema.json', { oversized: 52_428_800 });
    expect(doc.json).toBeUndefined();
    expect(doc.parseError).toEqual({
      ruleId: 'schema-too-large',
      message: 'file is 52,428,800 bytes, over the 10 MB limit; not parsed',
      line: 1,
      column: 1,
    });
  });

  it('schema-too-large: text handed over by another reader (git) is measured in UTF-8 bytes', () => {
    const text = `{"description": "${'é'.repeat(MAX_SCHEMA_BYTES / 2)}"}`;
    expect(parseSchemaText('a.json', text).parseError?.ruleId).toBe('schema-too-large');
    expect(parseSchemaText('a.json', `{"d": "${'a'.repeat(MAX_SCHEMA_BYTES - 20)}"}`).parseError).toBeUndefined();
  });

  it('schema-too-deep: 10,000 nested arrays (JSON) stop at level 257, with the position', () => {
    const doc = parseSchemaText('a.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(doc.parseError).toEqual({
      ruleId: 'schema-too-deep',
      message: 'nesting deeper than 256 levels at 1:257; not parsed',
      line: 1,
      column: 257,
    });
  });

  it('schema-too-deep: 5,000,000 nested arrays are refused by the linear scan, fast', () => {
    const started = performance.now();
    const doc = parseSchemaText('a.json', `${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}`);
    expect(doc.parseError?.ruleId).toBe('schema-too-deep');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('schema-too-deep: nested objects in a schema (properties within properties)', () => {
    let text = '{"type": "string"}';
    for (let i = 0; i < 200; i++) text = `{"type": "object", "properties": {"p": ${text}}}`;
    expect(parseSchemaText('a.json', text).parseError).toMatchObject({ ruleId: 'schema-too-deep', line: 1 });
  });

  it('schema-too-deep: YAML flow nesting is refused before the yaml parser sees it (it aborts Node at ~2,000 levels)', () => {
    const doc = parseSchemaText('a.yaml', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(doc.parseError).toEqual({
      ruleId: 'schema-too-deep',
      message: 'nesting deeper than 256 levels at 1:259; not parsed',
      line: 1,
      column: 259,
    });
  });

  it('schema-too-deep: YAML block nesting by indentation', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(parseSchemaText('a.yaml', `${text} x\n`).parseError).toMatchObject({ ruleId: 'schema-too-deep', line: 257 });
  });

  it('nesting of 256 levels is fine, in both formats', () => {
    expect(parseSchemaText('a.json', `${'['.repeat(256)}${']'.repeat(256)}`).parseError).toBeUndefined();
    expect(parseSchemaText('a.yaml', `${'['.repeat(200)}${']'.repeat(200)}`).parseError).toBeUndefined();
  });

  it('schema-duplicate-key: the duplicate member is named by its pointer, also inside arrays and after escapes', () => {
    expect(parseSchemaText('a.json', '{"allOf": [{}, {"a~b/c": 1, "a~b\\/c": 2}]}').parseError).toEqual({
      ruleId: 'schema-duplicate-key',
      message: 'duplicate key "a~b/c" at 1:29 (/allOf/1/a~0b~1c); parsers disagree on which one wins',
      pointer: '/allOf/1/a~0b~1c',
      line: 1,
      column: 29,
    });
    expect(parseSchemaText('a.json', '{"a": {"x": 1}, "b": {"x": 1}, "s": "\\"x\\": 1"}').parseError).toBeUndefined();
  });

  it('schema-not-utf8: an overlong encoding and a lone surrogate are invalid, four-byte characters are fine', () => {
    const bytes = (...b: number[]) => new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, ...b, 0x22, 0x7d]);
    expect(parseSchemaText('a.json', bytes(0xc0, 0xaf)).parseError).toMatchObject({
      ruleId: 'schema-not-utf8',
      line: 1,
      column: 7,
    });
    expect(parseSchemaText('a.json', bytes(0xed, 0xa0, 0x80)).parseError).toMatchObject({
      ruleId: 'schema-not-utf8',
      column: 7,
    });
    expect(parseSchemaText('a.json', bytes(0xf0, 0x9f, 0x98, 0x80)).json).toEqual({ a: '😀' });
  });

  it('a UTF-8 BOM is stripped, in bytes and in text', () => {
    expect(parseSchemaText('a.json', new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).json).toEqual({});
    expect(parseSchemaText('a.yaml', '\ufeffa: 1').json).toEqual({ a: 1 });
  });

  it('JSON syntax errors name the problem and where it is, one line, without quoting the source', () => {
    const error = (text: string) => parseSchemaText('a.json', text).parseError;
    expect(error('{"a": 1} {"b": 2}')).toEqual({
      message: "unexpected '{' after the end of the document",
      line: 1,
      column: 10,
    });
    expect(error('{"a": tru}')).toEqual({ message: "unexpected 't'", line: 1, column: 7 });
    expect(error('{"a": "\\x"}')).toEqual({ message: 'invalid escape in a string', line: 1, column: 8 });
    expect(error('{"a": 01}')).toEqual({ message: "expected ',' or '}', found '1'", line: 1, column: 8 });
    expect(error('/* c */ {}')).toEqual({ message: 'comments are not allowed in JSON', line: 1, column: 1 });
    expect(error('{"a": [1,]}')).toEqual({ message: "trailing comma before ']'", line: 1, column: 10 });
    expect(error('{"a": 1,}')).toEqual({ message: "trailing comma before '}'", line: 1, column: 9 });
  });
});
