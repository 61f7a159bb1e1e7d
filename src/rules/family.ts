/**
 * Which family a rule belongs to, read off its id: the family names the folder its module lives in
 * (`src/<family>/rules/<id>.ts`) and the stage that runs it. The one place this mapping is written.
 */

export type RuleFamily = 'names' | 'schemas' | 'repo' | 'versions' | 'diff' | 'approvals';

const PREFIXES: ReadonlyArray<[prefix: string, family: RuleFamily]> = [
  ['name-', 'names'],
  ['schema-', 'schemas'],
  ['envelope-', 'schemas'],
  ['payload-', 'schemas'],
  ['registry-', 'repo'],
  ['repo-', 'repo'],
  ['version-bump-', 'versions'],
  ['approval-', 'approvals'],
];

/** Ids that name their family without a prefix of it. */
const EXACT: Readonly<Record<string, RuleFamily>> = {
  'version-gap': 'repo',
  'published-version-modified': 'versions',
  'version-major-change': 'versions',
  'version-removed': 'versions',
  'event-removed': 'versions',
};

/**
 * `union-*-literal` rules check the TypeScript union of event types (repo); the other `union-*` ids
 * are diff rules about anyOf/oneOf. Every id that is not a lint or version-policy rule names a
 * schema change: a diff rule.
 */
export function familyOf(id: string): RuleFamily {
  if (Object.hasOwn(EXACT, id)) return EXACT[id]!;
  if (id.startsWith('union-') && id.endsWith('-literal')) return 'repo';
  return PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1] ?? 'diff';
}

/**
 * Where the module of a rule lives, relative to the project root.
 * @internal Exported for test/rules-registry.test.ts: each rule module checked by path.
 */
export function rulePath(id: string): string {
  return `src/${familyOf(id)}/rules/${id}.ts`;
}
