import type { LintRule } from '../../model/rule.js';

export const SCHEMA_RULES: readonly LintRule[] = [];
