#!/usr/bin/env node
// Adding a rule: `node scripts/new-rule.mjs <id> [--dry-run]` writes the rule module from its
// family's template, adds the registry import and entry (at the end of its family's group, so the
// run order of the other rules does not move), writes the test skeleton (a fixture folder or an
// empty table entry) and, after a build, regenerates the README rule table. The test
// skeleton fails until it is filled in: a rule cannot land untested. --dry-run prints the plan.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REGISTRY = 'src/rules/index.ts';

/** The scope a new rule of each family starts with (the module says what it may be instead). */
/** @type {Record<string, string>} */
const SCOPE = {
  names: 'repo',
  schemas: 'document',
  repo: 'repo',
  versions: 'pair',
  diff: 'node',
  approvals: 'approvals',
};

/** @param {string} id */
function camelCase(id) {
  return id.replace(/-([a-z0-9])/g, (_, /** @type {string} */ c) => c.toUpperCase());
}

/** @param {string} id @param {string} family */
function moduleText(id, family) {
  const scope = SCOPE[family];
  const grading = scope === 'node' ? "  effect: 'narrows'," : "  defaultSeverity: 'error',";
  const check =
    scope === 'node'
      ? '  // pair.old and pair.new are the normalised nodes; pair.emit({ effect, message }) reports a change\n  check: () => undefined,'
      : '  check: () => [],';
  return `import { defineRule } from '../../rules/define.js';

/** TODO: why the rule exists, with the spec section or the incident it comes from. */
export const ${camelCase(id)} = defineRule({
  id: '${id}',
  family: '${family}',
  scope: '${scope}',
${grading}
  docs: {
    summary: 'TODO: one line, shown by evt rules and in the README table.',
    rationale: 'TODO: what goes wrong for producers or consumers without it.',
    example: { bad: 'TODO', good: 'TODO' },
  },
${check}
});
`;
}

/** The registry with the rule's import and entry after the last ones of its family. */
/** @param {string} text @param {string} id @param {string} family */
function registryText(text, id, family) {
  const lines = text.split('\n');
  const importLine = `import { ${camelCase(id)} } from '../${family}/rules/${id}.js';`;
  const familyImports = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.startsWith('import {') && line.includes(`from '../${family}/rules/`));
  const lastOfFamily = familyImports.at(-1);
  const importAt = lastOfFamily ? lastOfFamily.index + 1 : lastImportIndex(lines) + 1;
  const names = new Set(familyImports.map(({ line }) => /import \{ (\w+) \}/.exec(line)?.[1]));
  const arrayEnd = lines.indexOf('];');
  let entryAt = arrayEnd;
  for (let i = lines.indexOf('export const RULES: readonly Rule[] = [') + 1; i < arrayEnd; i++)
    if (names.has(lines[i]?.trim().replace(/,$/, ''))) entryAt = i + 1;
  lines.splice(entryAt, 0, `  ${camelCase(id)},`);
  lines.splice(importAt, 0, importLine);
  return lines.join('\n');
}

/** @param {string[]} lines */
function lastImportIndex(lines) {
  return lines.reduce((last, line, index) => (line.startsWith('import ') ? index : last), -1);
}

/** The test skeleton: what the registry test accepts as the rule's test, failing until filled in. */
/**
 * @param {string} id @param {string} family @param {(file: string) => string | undefined} read
 * @returns {Array<[string, string]>}
 */
function testFiles(id, family, read) {
  if (family === 'diff')
    return [
      [`fixtures/diff/${id}/previous/schema.json`, '{}\n'],
      [`fixtures/diff/${id}/current/schema.json`, '{}\n'],
      [`fixtures/diff/${id}/expected.json`, `[["${id}", ""]]\n`],
    ];
  if (family === 'versions') {
    const table = 'test/versions/rule-cases.ts';
    return [[table, (read(table) ?? '').replace(/\n\};\n$/, `\n  '${id}': [],\n};\n`)]];
  }
  if (family === 'approvals')
    return [
      [
        `test/approvals/${id}.test.ts`,
        `import { it } from 'vitest';\n\nit('${id}', () => {\n  throw new Error('TODO: the approvals file and findings that show the rule firing');\n});\n`,
      ],
    ];
  // names, schemas and repo: a mini repo the whole lint stage runs over (test/rule-tester.ts)
  return [
    [`fixtures/${family}/${id}/README.md`, `# ${id}\n\nTODO: the repo files that show the rule firing.\n`],
    [`fixtures/${family}/${id}/expected.json`, '[]\n'],
  ];
}

/** Every file the new rule touches, with its new content. */
/**
 * @param {string} id
 * @param {{ familyOf: (id: string) => string, read: (file: string) => string | undefined }} context
 * @returns {Array<[string, string]>}
 */
export function planNewRule(id, { familyOf, read }) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new Error(`rule ids are kebab-case: ${id}`);
  const family = familyOf(id);
  const module = `src/${family}/rules/${id}.ts`;
  if (read(module) !== undefined) throw new Error(`${module} exists already`);
  return [
    [module, moduleText(id, family)],
    [REGISTRY, registryText(read(REGISTRY) ?? '', id, family)],
    ...testFiles(id, family, read),
  ];
}

async function main() {
  const [id, ...flags] = process.argv.slice(2);
  if (!id) throw new Error('usage: node scripts/new-rule.mjs <rule-id> [--dry-run]');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  process.chdir(root);
  // the built module: the script runs after `npm run build`, like the README generator
  const built = '../dist/rules/family.js';
  const { familyOf } = await import(built);
  const read = (/** @type {string} */ file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  const plan = planNewRule(id, { familyOf, read });
  for (const [file] of plan) console.log(`${read(file) === undefined ? 'create' : 'update'} ${file}`);
  console.log('update README.md (the rule table, after a build)');
  if (flags.includes('--dry-run')) return;
  for (const [file, content] of plan) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  execFileSync('npm', ['run', 'readme:rules'], { stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
