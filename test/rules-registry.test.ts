import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown, ruleCatalog } from '../src/rules-catalog.js';
import { PROJECT_ROOT } from './helpers/paths.js';

const rules = ruleCatalog();
const ruleModules = (): Map<string, string> => {
  const found = new Map<string, string>();
  for (const dir of fs.readdirSync(path.join(PROJECT_ROOT, 'src'), { recursive: true }) as string[]) {
    const m = /(?:^|\/)rules\/([a-z0-9-]+)\.ts$/.exec(dir.split(path.sep).join('/'));
    if (m && m[1] !== 'index' && m[1] !== 'helpers') found.set(m[1]!, dir);
  }
  return found;
};
const testText = (fs.readdirSync(path.join(PROJECT_ROOT, 'test'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('rules-registry.test.ts'))
  .map((f) => fs.readFileSync(path.join(PROJECT_ROOT, 'test', f), 'utf8'))
  .join('\n');

describe('rule registry', () => {
  it('ids are unique kebab-case', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(rules.map((r) => [r.id, r]))('%s lives in a module of the same name, has docs and a test', (id, rule) => {
    expect(ruleModules().has(id as string)).toBe(true);
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.rationale.length).toBeGreaterThan(10);
    expect(rule.example.bad.length).toBeGreaterThan(0);
    expect(rule.example.good.length).toBeGreaterThan(0);
    // diff rules are tested table-driven from fixtures/diff/<id>/ (test/diff/rules.test.ts)
    const namedInTest =
      testText.includes(`'${id}`) ||
      testText.includes(`"${id}`) ||
      testText.includes(`${id} `) ||
      testText.includes(`${id}:`);
    const hasDiffFixture =
      rule.kind === 'diff' && fs.existsSync(path.join(PROJECT_ROOT, 'fixtures/diff', id as string, 'expected.json'));
    expect(namedInTest || hasDiffFixture).toBe(true);
  });

  it('every rule module is registered', () => {
    expect([...ruleModules().keys()].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it("the README's rule table is what `evt rules --format markdown` prints", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const table = readme
      .slice(
        readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length,
        readme.indexOf('<!-- rules:end -->'),
      )
      .trim();
    expect(table).toBe(renderRulesMarkdown());
  });
});
