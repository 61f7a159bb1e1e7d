import { defineRule } from '../../rules/define.js';

/** Files evt found but would not or could not read are reported, never silently dropped. */
export const repoFileSkipped = defineRule({
  id: 'repo-file-skipped',
  family: 'repo',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'A schema file could not be read, or is a symbolic link leading out of the repo.',
    rationale:
      'A schema evt cannot read is a schema nobody checked; a link out of the repo could expose files CI should never read.',
    example: { bad: 'schemas/order.placed.schema.json -> /etc/passwd', good: 'a regular file inside the repo' },
  },
  check(repo) {
    return repo.skipped.map((s) => ({ file: s.file, pointer: '', message: `skipped: ${s.reason}` }));
  },
});
