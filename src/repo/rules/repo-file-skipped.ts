import type { LintRule } from '../../model/rule.js';

/** Files evt found but would not or could not read are reported, never silently dropped. */
export const repoFileSkipped: LintRule = {
  id: 'repo-file-skipped',
  kind: 'repo',
  defaultSeverity: 'error',
  summary: 'A schema file could not be read, or is a symbolic link leading out of the repo.',
  rationale:
    'A schema evt cannot read is a schema nobody checked; a link out of the repo could expose files CI should never read.',
  example: { bad: 'schemas/order.placed.schema.json -> /etc/passwd', good: 'a regular file inside the repo' },
  check(repo) {
    return repo.skipped.map((s) => ({ ruleId: this.id, file: s.file, pointer: '', message: `skipped: ${s.reason}` }));
  },
};
