/**
 * payload-no-raw-pii: with `naming.piiFields` set (the Go4u preset's no-raw-PII convention), no
 * payload schema has a property of one of those names at any depth. Events are retained and fanned
 * out widely; personal data in them cannot be erased on request.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { analyzeRepo } from '../analyze.js';
import { schemaFinding } from '../finding.js';

const id = 'payload-no-raw-pii';

export const payloadNoRawPii = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'warning',
  docs: {
    summary: 'Payloads carry no raw PII fields named in `naming.piiFields`.',
    rationale:
      'Event streams are copied into many stores and kept for a long time; a hash or a reference to the person keeps them erasable and out of data-protection scope.',
    example: {
      bad: '{ "properties": { "email": { "type": "string", "format": "email" } } }',
      good: '{ "properties": { "email_hash": { "type": "string" } } }',
    },
  },
  check(repo) {
    // analyzeRepo records the properties named in naming.piiFields during its walk.
    if (repo.config.naming.piiFields.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const analyzed of analyzeRepo(repo)) {
      if (!analyzed.event) continue;
      for (const { pointer, name } of analyzed.index.namedProperties) {
        findings.push(
          schemaFinding(
            id,
            analyzed,
            pointer,
            `payload property "${name}" carries raw personal data (listed in naming.piiFields)`,
            { hint: `store a hash or a reference instead, e.g. "${name}_hash" or the id of the person` },
          ),
        );
      }
    }
    return findings;
  },
});
