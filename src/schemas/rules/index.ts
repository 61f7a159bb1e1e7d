import type { LintRule } from '../../model/rule.js';
import { envelopeAcceptsNames } from './envelope-accepts-names.js';
import { payloadNoRawPii } from './payload-no-raw-pii.js';
import { schemaCompiles } from './schema-compiles.js';
import { schemaDraftUnknown } from './schema-draft-unknown.js';
import { schemaExampleInvalid } from './schema-example-invalid.js';
import { schemaMetaValid } from './schema-meta-valid.js';
import { schemaParse } from './schema-parse.js';
import { schemaRefOutsideRepo } from './schema-ref-outside-repo.js';
import { schemaRefRemote } from './schema-ref-remote.js';
import { schemaRefUnresolved } from './schema-ref-unresolved.js';

export const SCHEMA_RULES: readonly LintRule[] = [
  schemaParse,
  schemaDraftUnknown,
  schemaMetaValid,
  schemaCompiles,
  schemaRefUnresolved,
  schemaRefRemote,
  schemaRefOutsideRepo,
  schemaExampleInvalid,
  envelopeAcceptsNames,
  payloadNoRawPii,
];
