import { defineRule } from '../../rules/define.js';

/**
 * A published version may not break in place: consumers have validated events against it, and a
 * breaking edit silently changes what they accept. Compatible edits in place are how teams evolve a
 * version (SalesTalk: "add optional fields, add new enum values: same version"); the diff findings
 * and the consumers' policy for unknown fields say whether an edit is compatible.
 */
export const publishedVersionModified = defineRule({
  id: 'published-version-modified',
  family: 'versions',
  scope: 'pair',
  defaultSeverity: 'error',
  docs: {
    summary: 'A published version file changed in place with breaking changes.',
    rationale:
      'Consumers pinned to a version validate against the file they have; editing it forks the contract between deployments.',
    example: {
      bad: 'a field is removed from credit.released-v1.json on this branch',
      good: 'the change goes into credit.released-v2.json',
    },
  },
  check({ pair, kind }) {
    const [previous, current] = [pair.previous.version, pair.current.version];
    if (pair.origin !== 'git' || !previous || !current || previous.raw !== current.raw || kind !== 'breaking')
      return [];
    return [
      {
        event: pair.event,
        file: pair.current.doc.file,
        pointer: '',
        message: `${pair.current.doc.file} was already published and changed in place with breaking changes`,
        hint: 'revert it and make the change in a new version (evt new <event> --next-version)',
      },
    ];
  },
});
