import { defineRule } from '../../rules/define.js';

/**
 * A published version file is immutable except for annotations: consumers have validated events
 * against it, and a change in place silently changes what they accept.
 */
export const publishedVersionModified = defineRule({
  id: 'published-version-modified',
  family: 'versions',
  scope: 'pair',
  defaultSeverity: 'error',
  docs: {
    summary: 'A published version file changed in place beyond annotations (title, description, examples, $comment).',
    rationale:
      'Consumers pinned to a version validate against the file they have; editing it forks the contract between deployments.',
    example: {
      bad: 'credit.released-v1.json gains a required field on this branch',
      good: 'the change goes into credit.released-v2.json',
    },
  },
  check({ pair, kind }) {
    const [previous, current] = [pair.previous.version, pair.current.version];
    if (pair.origin !== 'git' || !previous || !current || previous.raw !== current.raw || kind === 'none') return [];
    return [
      {
        event: pair.event,
        file: pair.current.doc.file,
        pointer: '',
        message: `${pair.current.doc.file} was already published and changed in place (${kind} changes)`,
        hint: 'revert it and make the change in a new version (evt new <event> --next-version)',
      },
    ];
  },
});
