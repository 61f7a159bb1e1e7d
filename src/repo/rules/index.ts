import type { LintRule } from '../../model/rule.js';
import { registryMissingEntry } from './registry-missing-entry.js';
import { registryOrphanEntry } from './registry-orphan-entry.js';
import { repoFileSkipped } from './repo-file-skipped.js';
import { repoNoEvents } from './repo-no-events.js';
import { schemaDuplicateKey } from './schema-duplicate-key.js';
import { schemaIdMismatch } from './schema-id-mismatch.js';
import { schemaNotUtf8 } from './schema-not-utf8.js';
import { schemaTitleMismatch } from './schema-title-mismatch.js';
import { schemaTooDeep } from './schema-too-deep.js';
import { schemaTooLarge } from './schema-too-large.js';
import { unionMissingLiteral } from './union-missing-literal.js';
import { unionOrphanLiteral } from './union-orphan-literal.js';
import { versionGap } from './version-gap.js';

/** Rules over the repo as a whole: files, registry and union agree. */
export const REPO_RULES: readonly LintRule[] = [
  registryMissingEntry,
  registryOrphanEntry,
  unionMissingLiteral,
  unionOrphanLiteral,
  versionGap,
  schemaIdMismatch,
  schemaTitleMismatch,
  repoFileSkipped,
  repoNoEvents,
  schemaTooLarge,
  schemaTooDeep,
  schemaNotUtf8,
  schemaDuplicateKey,
];
