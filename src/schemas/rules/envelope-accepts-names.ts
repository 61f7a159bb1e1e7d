/**
 * envelope-accepts-names: the envelope's event-type property (the first of event_type, eventType,
 * event_name, eventName, type) accepts every event name in the repo, full names included
 * (`deck.generated.v2` in the name-versioned style). A name it rejects can never be published.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { analyzeDoc } from '../analyze.js';
import { EVENT_TYPE_FIELDS, eventTypeProperty, rejections } from '../envelope.js';

const id = 'envelope-accepts-names';

export const envelopeAcceptsNames = defineRule({
  id,
  family: 'schemas',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: "The envelope's event-type field accepts every event name in the repo.",
    rationale:
      'Every event travels in the envelope; if its `pattern`, `enum`, `const` or `maxLength` rejects a name, that event fails validation at the first hop.',
    example: {
      bad: '"event_type": { "pattern": "^[a-z]+\\\\.[a-z]+$" }  with an event credit.topped_up',
      good: '"event_type": { "pattern": "^[a-z][a-z0-9_]*(\\\\.[a-z][a-z0-9_]*)+$" }',
    },
  },
  check(repo) {
    const envelope = repo.envelope;
    if (!envelope || !analyzeDoc(envelope)) return [];
    const property = eventTypeProperty(envelope);
    if (!property) {
      return [
        {
          file: envelope.file,
          pointer: '/properties',
          message: `the envelope has no event-type property (looked for ${EVENT_TYPE_FIELDS.join(', ')})`,
        },
      ];
    }
    const names = [...new Set(repo.events.flatMap((e) => e.versions.map((v) => v.event)))].sort();
    const findings: RuleFinding[] = [];
    for (const [name, reason] of rejections(property.schema, names)) {
      findings.push({
        event: name,
        file: envelope.file,
        pointer: property.pointer,
        message: `envelope ${property.name} rejects "${name}": ${reason}`,
      });
    }
    return findings;
  },
});
