import type { PairRule } from '../pair-rule.js';
import { publishedVersionModified } from './published-version-modified.js';
import { versionBumpRequired } from './version-bump-required.js';
import { versionBumpUnneeded } from './version-bump-unneeded.js';

/** Version-policy rules, run on every compared pair after its changes are classified. */
export const PAIR_RULES: readonly PairRule[] = [versionBumpRequired, versionBumpUnneeded, publishedVersionModified];
