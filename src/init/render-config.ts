/**
 * `evt init`: a commented evt.config.yaml for the layout evt detects, so a team starts from what
 * evt already sees rather than from a blank page.
 */
import type { ContractRepo } from '../model/repo.js';

export function renderStarterConfig(repo: ContractRepo): string {
  const { layout, naming, compatibility } = repo.config;
  const optional = (key: string, value: string | undefined, what: string) =>
    value ? `  ${key}: ${value}            # ${what}` : `  # ${key}: path/to/file          # ${what} (none detected)`;
  return [
    '# yaml-language-server: $schema=node_modules/evt/schemas/evt-config.schema.json',
    '# evt configuration. Every key is optional; delete what you do not need.',
    `# Detected layout: ${repo.layout} (${repo.events.length} event types).`,
    '',
    `# Defaults for one of: default, goodgo, sguild, go4u, salestalk.`,
    `preset: ${repo.config.preset}`,
    '',
    'layout:',
    '  # Where payload schemas live. {event} = the whole dotted name, {version} = the version,',
    '  # {contract} and {*} = a directory outside the name, any other {placeholder} = one name segment.',
    '  schemas:',
    ...layout.schemas.map((t) => `    - "${t}"`),
    optional('envelope', repo.envelope?.file, 'the envelope schema'),
    optional('registry', repo.registry?.doc.file, 'event-type registry (JSON or YAML)'),
    optional('union', repo.union?.file, 'TypeScript union of event names'),
    `  versionFormat: ${layout.versionFormat}      # integer (v3), semver (1.2.0) or schemaver (1-0-2)`,
    `  versionInName: ${layout.versionInName}      # true when the last name segment is the version (name.v2)`,
    '',
    'naming:',
    `  pattern: '${naming.pattern}'`,
    `  maxLength: ${naming.maxLength}`,
    `  minSegments: ${naming.minSegments}`,
    `  maxSegments: ${naming.maxSegments}`,
    `  verbSegment: ${naming.verbSegment}          # which segment is a past-tense verb (-1 = last)`,
    `  versionSegment: ${naming.versionSegment}   # required (name.v1) or forbidden`,
    '  pastTenseAllow: []       # words to accept as past tense anyway',
    '',
    'compatibility:',
    `  mode: ${compatibility.mode}               # backward, forward, full or none`,
    `  policy: ${compatibility.policy}          # strict or lenient content-model policy`,
    '',
    '# Severity per rule id (off, info, warning, error); see `evt rules`.',
    'rules: {}',
    '',
  ].join('\n');
}
