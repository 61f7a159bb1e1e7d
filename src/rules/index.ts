/**
 * Every rule evt has, in the order they run and `evt rules` lists them: lint rules (names, schemas,
 * repo), diff rules, version-policy rules. An explicit list, no auto-discovery, because the order
 * is the order findings are produced in. `scripts/new-rule.mjs` adds the import and the entry.
 */
import type { LintRule, NodeRule, PairRule, RemovalRule, Rule } from '../model/rule.js';
import type { RuleFamily } from './family.js';
import { namePattern } from '../names/rules/name-pattern.js';
import { nameSegmentCount } from '../names/rules/name-segment-count.js';
import { nameSegmentCase } from '../names/rules/name-segment-case.js';
import { nameVersionSegment } from '../names/rules/name-version-segment.js';
import { namePastTense } from '../names/rules/name-past-tense.js';
import { nameDuplicate } from '../names/rules/name-duplicate.js';
import { nameNearDuplicate } from '../names/rules/name-near-duplicate.js';
import { schemaParse } from '../schemas/rules/schema-parse.js';
import { schemaDraftUnknown } from '../schemas/rules/schema-draft-unknown.js';
import { schemaMetaValid } from '../schemas/rules/schema-meta-valid.js';
import { schemaCompiles } from '../schemas/rules/schema-compiles.js';
import { schemaUnknownKeyword } from '../schemas/rules/schema-unknown-keyword.js';
import { schemaAcceptsNothing } from '../schemas/rules/schema-accepts-nothing.js';
import { schemaRefUnresolved } from '../schemas/rules/schema-ref-unresolved.js';
import { schemaRefRemote } from '../schemas/rules/schema-ref-remote.js';
import { schemaRefOutsideRepo } from '../schemas/rules/schema-ref-outside-repo.js';
import { schemaExampleInvalid } from '../schemas/rules/schema-example-invalid.js';
import { envelopeAcceptsNames } from '../schemas/rules/envelope-accepts-names.js';
import { payloadNoRawPii } from '../schemas/rules/payload-no-raw-pii.js';
import { registryMissingEntry } from '../repo/rules/registry-missing-entry.js';
import { registryOrphanEntry } from '../repo/rules/registry-orphan-entry.js';
import { unionMissingLiteral } from '../repo/rules/union-missing-literal.js';
import { unionOrphanLiteral } from '../repo/rules/union-orphan-literal.js';
import { versionGap } from '../repo/rules/version-gap.js';
import { schemaIdMismatch } from '../schemas/rules/schema-id-mismatch.js';
import { schemaTitleMismatch } from '../schemas/rules/schema-title-mismatch.js';
import { schemaIdDuplicate } from '../schemas/rules/schema-id-duplicate.js';
import { repoFileSkipped } from '../repo/rules/repo-file-skipped.js';
import { repoNoEvents } from '../repo/rules/repo-no-events.js';
import { schemaTooLarge } from '../schemas/rules/schema-too-large.js';
import { schemaTooDeep } from '../schemas/rules/schema-too-deep.js';
import { schemaNotUtf8 } from '../schemas/rules/schema-not-utf8.js';
import { schemaDuplicateKey } from '../schemas/rules/schema-duplicate-key.js';
import { typeNarrowed } from '../diff/rules/type-narrowed.js';
import { typeWidened } from '../diff/rules/type-widened.js';
import { typeChanged } from '../diff/rules/type-changed.js';
import { enumValueAdded } from '../diff/rules/enum-value-added.js';
import { enumValueRemoved } from '../diff/rules/enum-value-removed.js';
import { enumAdded } from '../diff/rules/enum-added.js';
import { enumRemoved } from '../diff/rules/enum-removed.js';
import { minLengthIncreased } from '../diff/rules/min-length-increased.js';
import { minLengthDecreased } from '../diff/rules/min-length-decreased.js';
import { maxLengthDecreased } from '../diff/rules/max-length-decreased.js';
import { maxLengthIncreased } from '../diff/rules/max-length-increased.js';
import { patternAdded } from '../diff/rules/pattern-added.js';
import { patternRemoved } from '../diff/rules/pattern-removed.js';
import { patternChanged } from '../diff/rules/pattern-changed.js';
import { formatAdded } from '../diff/rules/format-added.js';
import { formatRemoved } from '../diff/rules/format-removed.js';
import { formatChanged } from '../diff/rules/format-changed.js';
import { minimumIncreased } from '../diff/rules/minimum-increased.js';
import { minimumDecreased } from '../diff/rules/minimum-decreased.js';
import { maximumDecreased } from '../diff/rules/maximum-decreased.js';
import { maximumIncreased } from '../diff/rules/maximum-increased.js';
import { multipleOfChanged } from '../diff/rules/multiple-of-changed.js';
import { propertyAddedOptional } from '../diff/rules/property-added-optional.js';
import { propertyAddedRequired } from '../diff/rules/property-added-required.js';
import { propertyRemoved } from '../diff/rules/property-removed.js';
import { requiredAdded } from '../diff/rules/required-added.js';
import { requiredAddedWithDefault } from '../diff/rules/required-added-with-default.js';
import { requiredRemoved } from '../diff/rules/required-removed.js';
import { additionalPropertiesNarrowed } from '../diff/rules/additional-properties-narrowed.js';
import { additionalPropertiesWidened } from '../diff/rules/additional-properties-widened.js';
import { patternPropertyAdded } from '../diff/rules/pattern-property-added.js';
import { patternPropertyRemoved } from '../diff/rules/pattern-property-removed.js';
import { minPropertiesIncreased } from '../diff/rules/min-properties-increased.js';
import { minPropertiesDecreased } from '../diff/rules/min-properties-decreased.js';
import { maxPropertiesDecreased } from '../diff/rules/max-properties-decreased.js';
import { maxPropertiesIncreased } from '../diff/rules/max-properties-increased.js';
import { dependentRequiredAdded } from '../diff/rules/dependent-required-added.js';
import { dependentRequiredRemoved } from '../diff/rules/dependent-required-removed.js';
import { tupleItemAdded } from '../diff/rules/tuple-item-added.js';
import { tupleItemRemoved } from '../diff/rules/tuple-item-removed.js';
import { minItemsIncreased } from '../diff/rules/min-items-increased.js';
import { minItemsDecreased } from '../diff/rules/min-items-decreased.js';
import { maxItemsDecreased } from '../diff/rules/max-items-decreased.js';
import { maxItemsIncreased } from '../diff/rules/max-items-increased.js';
import { uniqueItemsAdded } from '../diff/rules/unique-items-added.js';
import { uniqueItemsRemoved } from '../diff/rules/unique-items-removed.js';
import { containsAdded } from '../diff/rules/contains-added.js';
import { containsRemoved } from '../diff/rules/contains-removed.js';
import { minContainsIncreased } from '../diff/rules/min-contains-increased.js';
import { minContainsDecreased } from '../diff/rules/min-contains-decreased.js';
import { maxContainsDecreased } from '../diff/rules/max-contains-decreased.js';
import { maxContainsIncreased } from '../diff/rules/max-contains-increased.js';
import { unionBranchAdded } from '../diff/rules/union-branch-added.js';
import { unionBranchRemoved } from '../diff/rules/union-branch-removed.js';
import { unionAdded } from '../diff/rules/union-added.js';
import { unionRemoved } from '../diff/rules/union-removed.js';
import { unionExclusivityChanged } from '../diff/rules/union-exclusivity-changed.js';
import { allOfBranchAdded } from '../diff/rules/all-of-branch-added.js';
import { allOfBranchRemoved } from '../diff/rules/all-of-branch-removed.js';
import { notAdded } from '../diff/rules/not-added.js';
import { notRemoved } from '../diff/rules/not-removed.js';
import { conditionalAdded } from '../diff/rules/conditional-added.js';
import { conditionalRemoved } from '../diff/rules/conditional-removed.js';
import { conditionalChanged } from '../diff/rules/conditional-changed.js';
import { falseSchemaAdded } from '../diff/rules/false-schema-added.js';
import { falseSchemaRemoved } from '../diff/rules/false-schema-removed.js';
import { annotationChanged } from '../diff/rules/annotation-changed.js';
import { unclassifiedNarrowing } from '../diff/rules/unclassified-narrowing.js';
import { unclassifiedWidening } from '../diff/rules/unclassified-widening.js';
import { versionBumpRequired } from '../versions/rules/version-bump-required.js';
import { versionBumpUnneeded } from '../versions/rules/version-bump-unneeded.js';
import { publishedVersionModified } from '../versions/rules/published-version-modified.js';
import { versionMajorChange } from '../versions/rules/version-major-change.js';
import { eventRemoved } from '../versions/rules/event-removed.js';
import { versionRemoved } from '../versions/rules/version-removed.js';
import { approvalUnused } from '../approvals/rules/approval-unused.js';

export const RULES: readonly Rule[] = [
  namePattern,
  nameSegmentCount,
  nameSegmentCase,
  nameVersionSegment,
  namePastTense,
  nameDuplicate,
  nameNearDuplicate,
  schemaParse,
  schemaDraftUnknown,
  schemaMetaValid,
  schemaCompiles,
  schemaUnknownKeyword,
  schemaAcceptsNothing,
  schemaRefUnresolved,
  schemaRefRemote,
  schemaRefOutsideRepo,
  schemaExampleInvalid,
  envelopeAcceptsNames,
  payloadNoRawPii,
  registryMissingEntry,
  registryOrphanEntry,
  unionMissingLiteral,
  unionOrphanLiteral,
  versionGap,
  schemaIdMismatch,
  schemaTitleMismatch,
  schemaIdDuplicate,
  repoFileSkipped,
  repoNoEvents,
  schemaTooLarge,
  schemaTooDeep,
  schemaNotUtf8,
  schemaDuplicateKey,
  typeNarrowed,
  typeWidened,
  typeChanged,
  enumValueAdded,
  enumValueRemoved,
  enumAdded,
  enumRemoved,
  minLengthIncreased,
  minLengthDecreased,
  maxLengthDecreased,
  maxLengthIncreased,
  patternAdded,
  patternRemoved,
  patternChanged,
  formatAdded,
  formatRemoved,
  formatChanged,
  minimumIncreased,
  minimumDecreased,
  maximumDecreased,
  maximumIncreased,
  multipleOfChanged,
  propertyAddedOptional,
  propertyAddedRequired,
  propertyRemoved,
  requiredAdded,
  requiredAddedWithDefault,
  requiredRemoved,
  additionalPropertiesNarrowed,
  additionalPropertiesWidened,
  patternPropertyAdded,
  patternPropertyRemoved,
  minPropertiesIncreased,
  minPropertiesDecreased,
  maxPropertiesDecreased,
  maxPropertiesIncreased,
  dependentRequiredAdded,
  dependentRequiredRemoved,
  tupleItemAdded,
  tupleItemRemoved,
  minItemsIncreased,
  minItemsDecreased,
  maxItemsDecreased,
  maxItemsIncreased,
  uniqueItemsAdded,
  uniqueItemsRemoved,
  containsAdded,
  containsRemoved,
  minContainsIncreased,
  minContainsDecreased,
  maxContainsDecreased,
  maxContainsIncreased,
  unionBranchAdded,
  unionBranchRemoved,
  unionAdded,
  unionRemoved,
  unionExclusivityChanged,
  allOfBranchAdded,
  allOfBranchRemoved,
  notAdded,
  notRemoved,
  conditionalAdded,
  conditionalRemoved,
  conditionalChanged,
  falseSchemaAdded,
  falseSchemaRemoved,
  annotationChanged,
  unclassifiedNarrowing,
  unclassifiedWidening,
  versionBumpRequired,
  versionBumpUnneeded,
  publishedVersionModified,
  versionMajorChange,
  eventRemoved,
  versionRemoved,
  approvalUnused,
];

/** Lint rules: over the loaded repo (`document` and `repo` scope). */
export const LINT_RULES: readonly LintRule[] = RULES.filter(
  (rule): rule is LintRule => rule.scope === 'document' || rule.scope === 'repo',
);

/** Diff rules: run by the walker on every node pair (src/diff/engine/walk.ts). */
export const DIFF_RULES: readonly NodeRule[] = RULES.filter((rule): rule is NodeRule => rule.scope === 'node');

/** Version-policy rules: run on every compared pair once its changes are classified. */
export const PAIR_RULES: readonly PairRule[] = RULES.filter((rule): rule is PairRule => rule.scope === 'pair');

/** Version-policy rules over what the tree removed since a git revision. */
export const REMOVAL_RULES: readonly RemovalRule[] = RULES.filter(
  (rule): rule is RemovalRule => rule.scope === 'removal',
);

/**
 * The lint rules of one family, in registry order (what a family's tests run).
 * @internal Exported for the family tests and bench/schema-rules-profile.mjs: one family's rules.
 */
export function lintRulesOf(family: RuleFamily): LintRule[] {
  return LINT_RULES.filter((rule) => rule.family === family);
}
