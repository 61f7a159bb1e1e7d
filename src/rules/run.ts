/**
 * The runner of lint and version-policy rules: each check runs once per input, the runner stamps
 * the rule id on what it finds and applies the configured severity (`configuredSeverity`). Diff
 * rules run inside the walker, node by node (src/diff/engine/walk.ts), and policy grades them.
 */
import type { Finding, Severity, SeveritySetting } from '../model/finding.js';
import type { ContractRepo, SchemaDoc, VersionPair } from '../model/repo.js';
import type {
  ChangeKind,
  LintRule,
  PairInput,
  Removal,
  RemovalInput,
  RuleContext,
  RuleFinding,
} from '../model/rule.js';
import { hasCrossFileRefs } from '../pipeline/cross-file-refs.js';
import { LINT_RULES, PAIR_RULES, REMOVAL_RULES } from './index.js';
import { configuredSeverity } from './severity.js';
import { appendAll } from '../util/append.js';

/** What the runner needs of a rule: lint rules check a repo, pair rules a compared pair. */
interface Checked<Input> {
  id: string;
  defaultSeverity: Severity;
  check(input: Input, context: RuleContext): RuleFinding[];
}

/**
 * Findings of `rules` on one input, with their ids and configured severities; `off` rules do not run.
 * @internal Exported for the rule tests and bench/schema-rules-profile.mjs: chosen rules on one input.
 */
export function runRules<Input>(
  rules: readonly Checked<Input>[],
  input: Input,
  configured: Readonly<Record<string, SeveritySetting>> = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = configuredSeverity(rule.defaultSeverity, configured[rule.id]);
    if (severity === 'off') continue;
    // a check may grade its own findings (draft.severity); config only decides whether it runs
    for (const draft of rule.check(input, { ruleId: rule.id }))
      findings.push({ ruleId: rule.id, ...draft, severity: draft.severity ?? severity });
  }
  return findings;
}

/**
 * Findings of `document`-scope rules kept between runs, per document (the `--cache` store).
 * `keep` returns the findings as stored: the store may add source positions.
 */
export interface DocumentMemo {
  recall(doc: SchemaDoc): Finding[] | undefined;
  keep(doc: SchemaDoc, findings: Finding[]): Finding[];
}

/** Lint rules over the repo; with a memo, `document`-scope rules run only on documents it does not know. */
export function runLintRules(
  repo: ContractRepo,
  rules: readonly LintRule[] = LINT_RULES,
  memo?: DocumentMemo,
): Finding[] {
  if (!memo) return runRules(rules, repo, repo.config.rules);
  const repoWide = runRules(
    rules.filter((r) => r.scope !== 'document'),
    repo,
    repo.config.rules,
  );
  const perDocument = rules.filter((r) => r.scope === 'document');
  return [...repoWide, ...runDocumentRules(repo, perDocument, memo)];
}

function runDocumentRules(repo: ContractRepo, rules: readonly LintRule[], memo: DocumentMemo): Finding[] {
  const findings: Finding[] = [];
  const todo = new Set<SchemaDoc>();
  for (const doc of repo.docs) {
    const known = memo.recall(doc);
    if (known) appendAll(findings, known);
    else todo.add(doc);
  }
  if (todo.size === 0) return findings;
  const changed = onlyDocs(repo, todo);
  // A `$ref` to another file makes a document's findings depend on that file too: such runs are
  // done over the whole repo and not kept (fragment refs, `#/$defs/x`, stay inside the document).
  if (hasCrossFileRefs(changed)) return runRules(rules, repo, repo.config.rules);
  const fresh = runRules(rules, changed, repo.config.rules);
  const byFile = new Map<string, Finding[]>([...todo].map((doc) => [doc.file, []]));
  for (const finding of fresh) (byFile.get(finding.file ?? '') ?? findings).push(finding);
  for (const doc of todo) appendAll(findings, memo.keep(doc, byFile.get(doc.file)!));
  return findings;
}

/** The repo restricted to some documents (and the versions they are), for `document`-scope rules. */
function onlyDocs(repo: ContractRepo, docs: ReadonlySet<SchemaDoc>): ContractRepo {
  const events = repo.events
    .map((e) => ({ ...e, versions: e.versions.filter((v) => docs.has(v.doc)) }))
    .filter((e) => e.versions.length > 0);
  return { ...repo, docs: repo.docs.filter((d) => docs.has(d)), events };
}

/** Version-policy findings on one compared pair whose changes amount to `kind`. */
export function runPairRules(
  pair: VersionPair,
  kind: ChangeKind,
  configured: Readonly<Record<string, SeveritySetting>>,
  context: Omit<PairInput, 'pair' | 'kind'> = {},
): Finding[] {
  return runRules(PAIR_RULES, { pair, kind, ...context }, configured);
}

/** Version-policy findings on what the tree removed since a git revision, judged on `today`. */
export function runRemovalRules(
  removals: readonly Removal[],
  today: string,
  configured: Readonly<Record<string, SeveritySetting>>,
): Finding[] {
  return removals.flatMap((removal) => runRules<RemovalInput>(REMOVAL_RULES, { removal, today }, configured));
}
