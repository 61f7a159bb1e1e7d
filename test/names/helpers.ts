/**
 * Test helpers: a ContractRepo built from names, so rule tables need no files on disk, and the
 * (ruleId, event, file, message, hint) projection the tables assert.
 */
import type { NamingConfig, PresetName } from '../../src/model/config.js';
import type { Finding } from '../../src/model/finding.js';
import type { ContractRepo, EventContract, EventVersion } from '../../src/model/repo.js';
import type { LintRule } from '../../src/model/rule.js';
import { runRules } from '../../src/rules/run.js';
import { presetConfig } from '../../src/repo/presets.js';

/** A name, or a name with its version (versioned layouts) and an explicit file. */
export type NameSpec = string | { event: string; version?: number; file?: string };

export function naming(preset: PresetName = 'goodgo', overrides: Partial<NamingConfig> = {}): NamingConfig {
  return { ...presetConfig(preset).naming, ...overrides };
}

/** Files follow the preset's layout; SalesTalk names group into contracts by their unversioned name. */
export function repoOf(
  specs: NameSpec[],
  preset: PresetName = 'goodgo',
  overrides: Partial<NamingConfig> = {},
): ContractRepo {
  const config = { ...presetConfig(preset), naming: naming(preset, overrides) };
  const contracts = new Map<string, EventVersion[]>();
  for (const spec of specs) {
    const { event, version, file } =
      typeof spec === 'string' ? { event: spec, version: undefined, file: undefined } : spec;
    const name = config.layout.versionInName ? event.replace(/\.v\d+$/, '') : event;
    const path = file ?? defaultFile(preset, event, version);
    const v: EventVersion = {
      event,
      version: version === undefined ? null : { raw: String(version), format: 'integer', parts: [version] },
      doc: { file: path, format: 'json', text: '{}', json: {} },
    };
    contracts.set(name, [...(contracts.get(name) ?? []), v]);
  }
  const events: EventContract[] = [...contracts].map(([name, versions]) => ({ name, versions }));
  return {
    root: '/repo',
    config,
    layout: preset,
    events,
    docs: events.flatMap((e) => e.versions.map((v) => v.doc)),
    skipped: [],
  };
}

function defaultFile(preset: PresetName, event: string, version: number | undefined): string {
  if (preset === 'sguild') return `contracts/c/schema/payloads/${event}-v${version ?? 1}.json`;
  if (preset === 'go4u') return `events/${event}/v${version ?? 1}.schema.json`;
  if (preset === 'salestalk') return `events/${event}.json`;
  return `schemas/${event}.schema.json`;
}

export type Row = { ruleId: string; event?: string; file?: string; message: string; hint?: string };

/** Findings projected to what tables assert, sorted by rule, event, file, message (code points). */
function rows(findings: Array<Pick<Finding, 'ruleId' | 'event' | 'file' | 'message' | 'hint'>>): Row[] {
  return findings
    .map(({ ruleId, event, file, message, hint }) => ({
      ruleId,
      ...(event !== undefined ? { event } : {}),
      ...(file !== undefined ? { file } : {}),
      message,
      ...(hint !== undefined ? { hint } : {}),
    }))
    .sort((a, b) => {
      const [ka, kb] = [
        [a.ruleId, a.event, a.file, a.message].join('\u0000'),
        [b.ruleId, b.event, b.file, b.message].join('\u0000'),
      ];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}

/** Runs one rule over a repo of the given names and projects its findings to table rows. */
export function runRule(
  rule: LintRule,
  specs: NameSpec[],
  preset: PresetName = 'goodgo',
  overrides: Partial<NamingConfig> = {},
): Row[] {
  return rows(runRules([rule], repoOf(specs, preset, overrides)));
}

/** The file `repoOf` gives a flat-layout name. */
export const flat = (event: string): string => `schemas/${event}.schema.json`;
