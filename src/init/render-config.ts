/**
 * `evt init`: a commented evt.config.yaml for the layout evt detects, so a team starts from what
 * evt already sees rather than from a blank page. Only what differs from the preset is written as
 * a key; the preset's own values are shown commented out. So the file stays short, and changing
 * `preset:` really switches every default (a file that spelled out every key would pin them).
 */
import type { EvtConfig } from '../model/config.js';
import type { ContractRepo } from '../model/repo.js';
import { presetConfig } from '../repo/presets.js';

type Section = 'layout' | 'naming' | 'compatibility';

/** The keys `evt init` shows, per section, with what each means. */
const KEYS: Record<Section, Array<[key: string, what: string]>> = {
  layout: [
    ['schemas', 'where payload schemas live: {event} = the dotted name, {version}, {contract}/{*} = a directory'],
    ['envelope', 'the envelope schema'],
    ['registry', 'event-type registry (JSON or YAML)'],
    ['union', 'TypeScript union of event names'],
    ['versionFormat', 'integer (v3), semver (1.2.0) or schemaver (1-0-2)'],
    ['versionInName', 'true when the last name segment is the version (name.v2)'],
  ],
  naming: [
    ['pattern', 'every event name matches it'],
    ['maxLength', 'longest name'],
    ['minSegments', 'fewest dotted segments'],
    ['maxSegments', 'most dotted segments'],
    ['segmentCase', 'snake, lower, camel, kebab or any'],
    ['verbSegment', 'which segment is a past-tense verb (-1 = last)'],
    ['pastTenseAllow', 'words to accept as past tense anyway'],
    ['versionSegment', 'required (name.v1) or forbidden'],
    ['piiFields', 'payload fields that must not be carried raw'],
  ],
  compatibility: [
    ['mode', 'backward, forward, full or none'],
    ['policy', 'strict or lenient content model for open objects'],
    ['transitive', 'compare the newest version with every kept one'],
    ['unknownFields', 'what consumers do with undeclared fields: reject (they validate) or ignore'],
    ['versionField', 'the envelope field naming the payload version, cited in migration hints'],
  ],
};

export function renderStarterConfig(repo: ContractRepo): string {
  const { config } = repo;
  const preset = presetConfig(config.preset);
  // what the loader found counts as configured: a detected envelope, registry or union path
  const found: EvtConfig = {
    ...config,
    layout: {
      ...config.layout,
      ...(repo.envelope ? { envelope: repo.envelope.file } : {}),
      ...(repo.registry ? { registry: repo.registry.doc.file } : {}),
      ...(repo.union ? { union: repo.union.file } : {}),
    },
  };
  return [
    '# yaml-language-server: $schema=node_modules/evt/schemas/evt-config.schema.json',
    '# evt configuration. Keys left out (the commented ones) come from the preset: change `preset:`',
    '# and they all change with it. Uncomment a key to override it.',
    `# Detected layout: ${repo.layout} (${repo.events.length} event types).`,
    '',
    '# Defaults for one of: default, goodgo, sguild, go4u, salestalk.',
    `preset: ${config.preset}`,
    ...(['layout', 'naming', 'compatibility'] as const).flatMap((section) => renderSection(section, found, preset)),
    '',
    '# Severity per rule id (off, info, warning, error); see `evt rules`.',
    ...renderMap('rules', found.rules, preset.rules),
    '',
    '# Deprecated events ("name") and versions ("name@2") with their sunset date (YYYY-MM-DD).',
    ...renderMap('deprecations', found.deprecations, preset.deprecations),
    '',
  ].join('\n');
}

function renderSection(section: Section, config: EvtConfig, preset: EvtConfig): string[] {
  const ours = config[section] as unknown as Record<string, unknown>;
  const theirs = preset[section] as unknown as Record<string, unknown>;
  const lines = KEYS[section].flatMap(([key, what]) => {
    const [value, presetValue] = [ours[key], theirs[key]];
    if (value !== undefined && !same(value, presetValue)) return [{ set: true, text: keyLines(key, value, what) }];
    if (presetValue === undefined) return [{ set: false, text: [`  # ${key}:            # ${what} (none)`] }];
    return [{ set: false, text: keyLines(key, presetValue, what).map((l) => `  # ${l.slice(2)}`) }];
  });
  // per-event overrides are never a preset's: kept as they are
  const events = section === 'compatibility' ? config.compatibility.events : {};
  if (Object.keys(events).length > 0)
    lines.push({ set: true, text: [`  events: ${JSON.stringify(events)}            # per-event mode and policy`] });
  const header = lines.some((l) => l.set) ? `${section}:` : `# ${section}:`;
  return ['', header, ...lines.flatMap((l) => l.text)];
}

/** A config key as YAML lines (two-space indented): lists of paths as block lists, the rest as JSON scalars. */
function keyLines(key: string, value: unknown, what: string): string[] {
  if (Array.isArray(value) && key === 'schemas')
    return [`  ${key}:            # ${what}`, ...value.map((v) => `    - ${JSON.stringify(v)}`)];
  return [`  ${key}: ${JSON.stringify(value)}            # ${what}`];
}

function renderMap(name: string, ours: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const own = Object.entries(ours).filter(([key, value]) => !same(value, theirs[key]));
  const inherited = Object.entries(theirs);
  return [
    own.length > 0 ? `${name}:` : `${name}: {}`,
    ...own.map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`),
    ...inherited.map(([key, value]) => `  # ${JSON.stringify(key)}: ${JSON.stringify(value)}   # from the preset`),
  ];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
