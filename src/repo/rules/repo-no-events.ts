import { defineRule } from '../../rules/define.js';

/** A repo where no payload schema was found is almost always evt pointed at the wrong place. */
export const repoNoEvents = defineRule({
  id: 'repo-no-events',
  family: 'repo',
  scope: 'repo',
  needsEveryEvent: true,
  defaultSeverity: 'error',
  docs: {
    summary: 'The repo has at least one event payload schema evt can place.',
    rationale: 'A lint that checks nothing passes; pointing CI at the wrong directory should fail loudly.',
    example: {
      bad: 'evt lint docs/',
      good: 'evt lint . (with schemas/<event>.schema.json), or layout.schemas set in evt.config.yaml',
    },
  },
  check(repo) {
    if (repo.events.length) return [];
    if (repo.ignoredBy)
      return [
        {
          pointer: '',
          message: `no event schemas found: this directory is ignored by ${repo.ignoredBy}, so evt (like git) reads none of its files`,
          hint: 'remove the pattern from that .gitignore, or lint a directory git tracks',
        },
      ];
    const templates = repo.config.layout.schemas.join(', ');
    return [
      {
        pointer: '',
        message: `no event schemas found (looked for ${templates})`,
        hint: 'set layout.schemas in evt.config.yaml, or run evt init',
      },
    ];
  },
});
