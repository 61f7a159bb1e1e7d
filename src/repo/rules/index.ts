import type { LintRule } from '../../model/rule.js';

export const REPO_RULES: readonly LintRule[] = [];
