/**
 * Every diff rule, registered explicitly (no auto-discovery): the order is the order rules run and
 * the order `evt rules` lists them. A rule's id equals its file name and its fixture folder.
 */
import type { RuleModule } from '../engine/pair.js';
import typeNarrowed from './type-narrowed.js';
import typeWidened from './type-widened.js';
import typeChanged from './type-changed.js';
import enumValueAdded from './enum-value-added.js';
import enumValueRemoved from './enum-value-removed.js';
import enumAdded from './enum-added.js';
import enumRemoved from './enum-removed.js';
import minLengthIncreased from './min-length-increased.js';
import minLengthDecreased from './min-length-decreased.js';
import maxLengthDecreased from './max-length-decreased.js';
import maxLengthIncreased from './max-length-increased.js';
import patternAdded from './pattern-added.js';
import patternRemoved from './pattern-removed.js';
import patternChanged from './pattern-changed.js';
import formatAdded from './format-added.js';
import formatRemoved from './format-removed.js';
import formatChanged from './format-changed.js';
import minimumIncreased from './minimum-increased.js';
import minimumDecreased from './minimum-decreased.js';
import maximumDecreased from './maximum-decreased.js';
import maximumIncreased from './maximum-increased.js';
import multipleOfChanged from './multiple-of-changed.js';
import propertyAddedOptional from './property-added-optional.js';
import propertyAddedRequired from './property-added-required.js';
import propertyRemoved from './property-removed.js';
import requiredAdded from './required-added.js';
import requiredAddedWithDefault from './required-added-with-default.js';
import requiredRemoved from './required-removed.js';
import additionalPropertiesNarrowed from './additional-properties-narrowed.js';
import additionalPropertiesWidened from './additional-properties-widened.js';
import patternPropertyAdded from './pattern-property-added.js';
import patternPropertyRemoved from './pattern-property-removed.js';
import minPropertiesIncreased from './min-properties-increased.js';
import minPropertiesDecreased from './min-properties-decreased.js';
import maxPropertiesDecreased from './max-properties-decreased.js';
import maxPropertiesIncreased from './max-properties-increased.js';
import dependentRequiredAdded from './dependent-required-added.js';
import dependentRequiredRemoved from './dependent-required-removed.js';
import tupleItemAdded from './tuple-item-added.js';
import tupleItemRemoved from './tuple-item-removed.js';
import minItemsIncreased from './min-items-increased.js';
import minItemsDecreased from './min-items-decreased.js';
import maxItemsDecreased from './max-items-decreased.js';
import maxItemsIncreased from './max-items-increased.js';
import uniqueItemsAdded from './unique-items-added.js';
import uniqueItemsRemoved from './unique-items-removed.js';
import containsAdded from './contains-added.js';
import containsRemoved from './contains-removed.js';
import minContainsIncreased from './min-contains-increased.js';
import minContainsDecreased from './min-contains-decreased.js';
import maxContainsDecreased from './max-contains-decreased.js';
import maxContainsIncreased from './max-contains-increased.js';
import unionBranchAdded from './union-branch-added.js';
import unionBranchRemoved from './union-branch-removed.js';
import unionAdded from './union-added.js';
import unionRemoved from './union-removed.js';
import unionExclusivityChanged from './union-exclusivity-changed.js';
import allOfBranchAdded from './all-of-branch-added.js';
import allOfBranchRemoved from './all-of-branch-removed.js';
import notAdded from './not-added.js';
import notRemoved from './not-removed.js';
import conditionalAdded from './conditional-added.js';
import conditionalRemoved from './conditional-removed.js';
import conditionalChanged from './conditional-changed.js';
import falseSchemaAdded from './false-schema-added.js';
import falseSchemaRemoved from './false-schema-removed.js';
import annotationChanged from './annotation-changed.js';
import unclassifiedNarrowing from './unclassified-narrowing.js';
import unclassifiedWidening from './unclassified-widening.js';

export const RULE_MODULES: readonly RuleModule[] = [
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
];
