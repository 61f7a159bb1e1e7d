/**
 * Presets for the four conventions evt was designed from. A preset is only defaults: every value
 * can be overridden in evt.config.yaml.
 */
import type { EvtConfig, PresetName } from '../model/config.js';

/** PII-looking field names Go4u's catalog forbids in payloads ("store references, not secrets"). */
const GO4U_PII_FIELDS = [
  'email',
  'phone',
  'phone_number',
  'ip',
  'ip_address',
  'password',
  'ssn',
  'passport_number',
  'card_number',
  'iban',
  'full_name',
  'date_of_birth',
  'address_line',
];

const BASE: Omit<EvtConfig, 'preset'> = {
  layout: { schemas: [], versionFormat: 'integer', versionInName: false },
  naming: {
    pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$',
    maxLength: 128,
    minSegments: 2,
    maxSegments: 4,
    segmentCase: 'snake',
    verbSegment: -1,
    pastTenseAllow: [],
    versionSegment: 'forbidden',
    piiFields: [],
  },
  schemas: { keywords: [] },
  rules: {},
  // consumers that validate reject unknown members: the safe assumption when a team has not said
  compatibility: { mode: 'full', policy: 'lenient', transitive: false, events: {}, unknownFields: 'reject' },
  scaffold: {},
  approvals: 'evt.approvals.yaml',
  deprecations: {},
};

/** What a preset changes from BASE: data only, so `evt init` can show it and README can cite it. */
interface PresetOverrides {
  layout?: Partial<EvtConfig['layout']>;
  naming?: Partial<EvtConfig['naming']>;
  compatibility?: Partial<EvtConfig['compatibility']>;
  rules?: EvtConfig['rules'];
}

const OVERRIDES: Record<PresetName, PresetOverrides> = {
  default: {},
  // flat schemas/<event>.schema.json, an envelope, a TypeScript union (goodgo). No versions: a schema
  // evolves in place and `evt check --against <base>` is its compatibility check; its Python
  // consumers validate each payload against the schema, so unknown members are rejected.
  goodgo: {
    layout: {
      schemas: ['schemas/{event}.schema.json'],
      envelope: 'schemas/envelope.schema.json',
      union: 'src/event-types.ts',
    },
  },
  // contracts/<contract>/schema/payloads/<event>-v<N>.json with a registry (@sguild/dispatcher).
  // Integer payload versions side by side, chosen by the envelope's schema_version; a new field is
  // "safe-to-ignore on the v1 surface" (§11 additive discipline): consumers ignore unknown fields.
  sguild: {
    layout: {
      schemas: ['contracts/{contract}/schema/payloads/{event}-v{version}.json'],
      envelope: 'contracts/event-envelope/schema/envelope-v1.json',
      registry: 'contracts/event-types-registry.json',
    },
    compatibility: { unknownFields: 'ignore', versionField: 'schema_version' },
  },
  // area.action.state names, one directory per event with a file per event_version, no raw PII
  // (Go4u): "backwards-compatible fields can be added freely; breaking changes bump event_version".
  go4u: {
    layout: { schemas: ['events/{event}/v{version}.schema.json'], envelope: 'envelope.schema.json' },
    naming: { maxSegments: 3, piiFields: GO4U_PII_FIELDS },
    compatibility: { unknownFields: 'ignore', versionField: 'event_version' },
  },
  // {domain}.{action}.v{N}: the version is the last name segment (SalesTalk). "Add optional fields,
  // add new enum values: same version"; removals, type changes and renames need .v{N+1}.
  salestalk: {
    layout: { schemas: ['events/{event}.json'], envelope: 'envelope.json', versionInName: true },
    naming: {
      pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.v[0-9]+$',
      minSegments: 3,
      maxSegments: 3,
      verbSegment: -2,
      versionSegment: 'required',
    },
    compatibility: { unknownFields: 'ignore' },
    rules: { 'enum-value-added': 'info' },
  },
};

export function presetConfig(preset: PresetName): EvtConfig {
  const o = OVERRIDES[preset];
  return {
    ...structuredClone(BASE),
    preset,
    layout: { ...structuredClone(BASE.layout), ...structuredClone(o.layout ?? {}) },
    naming: { ...structuredClone(BASE.naming), ...structuredClone(o.naming ?? {}) },
    compatibility: { ...structuredClone(BASE.compatibility), ...structuredClone(o.compatibility ?? {}) },
    rules: { ...structuredClone(o.rules ?? {}) },
  };
}
