import type { LintRule } from '../../model/rule.js';
import { nameDuplicate } from './name-duplicate.js';
import { nameNearDuplicate } from './name-near-duplicate.js';
import { namePastTense } from './name-past-tense.js';
import { namePattern } from './name-pattern.js';
import { nameSegmentCase } from './name-segment-case.js';
import { nameSegmentCount } from './name-segment-count.js';
import { nameVersionSegment } from './name-version-segment.js';

export const NAME_RULES: readonly LintRule[] = [
  namePattern,
  nameSegmentCount,
  nameSegmentCase,
  nameVersionSegment,
  namePastTense,
  nameDuplicate,
  nameNearDuplicate,
];
