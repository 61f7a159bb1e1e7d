/** scripts/new-rule.mjs plans the files of a new rule: checked on the real tree, nothing written. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planNewRule } from '../scripts/new-rule.mjs';
import { familyOf } from '../src/rules/family.js';
import { PROJECT_ROOT } from './helpers/paths.js';

const read = (file: string): string | undefined => {
  const absolute = path.join(PROJECT_ROOT, file);
  return fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : undefined;
};
const plan = (id: string): Array<[string, string]> => planNewRule(id, { familyOf, read });
const files = (id: string): string[] => plan(id).map(([file]) => file);
const registry = (id: string): string[] =>
  plan(id)
    .find(([file]) => file === 'src/rules/index.ts')![1]
    .split('\n');

describe('new-rule', () => {
  it('a schema rule: module, registry, fixture folder', () => {
    expect(files('schema-made-up')).toEqual([
      'src/schemas/rules/schema-made-up.ts',
      'src/rules/index.ts',
      'fixtures/schemas/schema-made-up/README.md',
      'fixtures/schemas/schema-made-up/expected.json',
    ]);
    const module = plan('schema-made-up')[0]![1];
    expect(module).toContain("export const schemaMadeUp = defineRule({\n  id: 'schema-made-up',\n  family: 'schemas',");
    expect(module).toContain("  scope: 'document',\n  defaultSeverity: 'error',");
  });

  it('the registry gets the import and the entry after the last of the family', () => {
    const lines = registry('schema-made-up');
    const importAt = lines.indexOf("import { schemaMadeUp } from '../schemas/rules/schema-made-up.js';");
    expect(lines[importAt - 1]).toBe("import { schemaDuplicateKey } from '../schemas/rules/schema-duplicate-key.js';");
    expect(lines[lines.indexOf('  schemaMadeUp,') - 1]).toBe('  schemaDuplicateKey,');
    expect(lines[lines.indexOf('  schemaMadeUp,') + 1]).toBe('  typeNarrowed,');
  });

  it('a diff rule: a node-scope module and a fixtures/diff folder that fails until written', () => {
    expect(files('widget-added')).toEqual([
      'src/diff/rules/widget-added.ts',
      'src/rules/index.ts',
      'fixtures/diff/widget-added/previous/schema.json',
      'fixtures/diff/widget-added/current/schema.json',
      'fixtures/diff/widget-added/expected.json',
    ]);
    expect(plan('widget-added')[0]![1]).toContain("  scope: 'node',\n  effect: 'narrows',");
    const diff = registry('widget-added');
    expect(diff[diff.indexOf('  widgetAdded,') - 1]).toBe('  unclassifiedWidening,');
  });

  it('a name rule gets a fixture folder; a version-policy rule an empty table entry', () => {
    expect(files('name-made-up')).toContain('fixtures/names/name-made-up/expected.json');
    const table = plan('version-bump-skipped').find(([file]) => file === 'test/versions/rule-cases.ts')![1];
    expect(table.endsWith("  'version-bump-skipped': [],\n};\n")).toBe(true);
  });

  it('refuses an id that is not kebab-case or that exists', () => {
    expect(() => plan('Schema_Bad')).toThrow('rule ids are kebab-case: Schema_Bad');
    expect(() => plan('schema-parse')).toThrow('src/schemas/rules/schema-parse.ts exists already');
  });
});
