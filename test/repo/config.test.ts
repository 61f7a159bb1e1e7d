import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from '../../src/repo/config.js';

const error = (text: string): string => {
  try {
    parseConfig(text, 'evt.config.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('evt.config.yaml validation', () => {
  it.each([
    ['layut:\n  schemas: ["a/{event}.json"]\n', 'evt.config.yaml: unknown key "layut"; did you mean "layout"?'],
    ['naming:\n  maxLenght: 3\n', 'evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?'],
    [
      'compatibility:\n  mode: sideways\n',
      'evt.config.yaml: "compatibility.mode" must be one of: backward, forward, full, none',
    ],
    [
      'rules:\n  name-pattern: loud\n',
      'evt.config.yaml: "rules.name-pattern" must be one of: off, info, warning, error',
    ],
    ['naming:\n  maxLength: "long"\n', 'evt.config.yaml: "naming.maxLength" must be integer'],
    [
      'layout: [1\n',
      'evt.config.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['zzz: 1\n', 'evt.config.yaml: unknown key "zzz"'],
  ])('%j -> %s', (text, message) => {
    expect(error(text)).toBe(message);
  });

  it('a valid config merges over its preset', () => {
    const config = resolveConfig(
      parseConfig('preset: salestalk\nnaming:\n  maxLength: 64\n', 'evt.config.yaml'),
      'default',
    );
    expect(config.preset).toBe('salestalk');
    expect(config.naming.maxLength).toBe(64);
    expect(config.naming.versionSegment).toBe('required');
    expect(config.layout.versionInName).toBe(true);
    // the salestalk preset's consumers ignore unknown fields ("add optional fields: same version")
    expect(config.compatibility).toEqual({
      mode: 'full',
      policy: 'lenient',
      transitive: false,
      events: {},
      unknownFields: 'ignore',
    });
  });
});
