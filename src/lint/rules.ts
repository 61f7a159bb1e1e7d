/**
 * Every lint rule, in the order findings are produced. An explicit list: no auto-discovery.
 */
import type { LintRule } from '../model/rule.js';
import { NAME_RULES } from '../names/rules/index.js';
import { REPO_RULES } from '../repo/rules/index.js';
import { SCHEMA_RULES } from '../schemas/rules/index.js';

export const LINT_RULES: readonly LintRule[] = [...NAME_RULES, ...SCHEMA_RULES, ...REPO_RULES];
