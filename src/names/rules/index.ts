import type { LintRule } from '../../model/rule.js';

export const NAME_RULES: readonly LintRule[] = [];
