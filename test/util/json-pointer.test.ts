import { describe, expect, it } from 'vitest';
import { escapeToken, getAtPointer, joinPointer, splitPointer, unescapeToken } from '../../src/util/json-pointer.js';

describe('json-pointer', () => {
  it('escapes ~ before / and unescapes ~1 before ~0 (RFC 6901 §3, §4)', () => {
    expect(escapeToken('a/b~c')).toBe('a~1b~0c');
    expect(escapeToken(3)).toBe('3');
    expect(unescapeToken('~01')).toBe('~1');
    expect(joinPointer('/properties', 'a/b', 0)).toBe('/properties/a~1b/0');
    expect(splitPointer('/a~1b/~0/0')).toEqual(['a/b', '~', '0']);
    expect(splitPointer('')).toEqual([]);
  });

  it('follows own members and canonical array indexes only', () => {
    const doc = JSON.parse('{"a":[{"b":1}],"__proto__":{"c":2},"":{"d":3}}');
    expect(getAtPointer(doc, '')).toBe(doc);
    expect(getAtPointer(doc, '/a/0/b')).toBe(1);
    expect(getAtPointer(doc, '/__proto__/c')).toBe(2);
    expect(getAtPointer(doc, '//d')).toBe(3);
    for (const missing of ['/constructor', '/toString', '/a/length', '/a/01', '/a/-', '/a/1', '/a/0/b/c', '/x'])
      expect(getAtPointer(doc, missing)).toBeUndefined();
  });
});
