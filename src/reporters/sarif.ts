/**
 * SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format
 * GitHub code scanning and most CI dashboards ingest. One run; `tool.driver.rules` holds the docs of
 * the rules that have results, from the report (sorted by id, `ruleIndex` points into it). Paths are repo-relative
 * URIs under `%SRCROOT%`, so the output never names the machine it ran on. Approved findings stay
 * in, with an external, accepted suppression (§3.35), as code scanning expects for dismissed alerts.
 */
import { createRequire } from 'node:module';
import { fingerprint } from '../approvals/fingerprint.js';
import type { Finding, Severity } from '../model/finding.js';
import type { RuleEntry } from '../model/rule.js';
import { jsonWithoutRawControls, oneLine } from '../util/one-line.js';
import type { Reporter, ReporterOptions } from './types.js';

const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const renderSarif: Reporter = (report, options) => {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const docs = new Map(report.rules.map((r) => [r.id, r]));
  const tool = options.tool ?? packageTool();
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'evt',
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: ruleIds.map((id) => describeRule(id, docs.get(id))),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => toResult(f, ruleIds.indexOf(f.ruleId))),
      },
    ],
  };
  return `${jsonWithoutRawControls(JSON.stringify(log, null, 2))}\n`;
};

function describeRule(id: string, doc: RuleEntry | undefined): Record<string, unknown> {
  if (!doc) return { id };
  const level = doc.defaultSeverity === 'by mode' ? undefined : LEVEL[doc.defaultSeverity];
  return {
    id,
    shortDescription: { text: doc.summary },
    fullDescription: { text: doc.rationale },
    help: { text: `${doc.summary}\n\n${doc.rationale}\n\nBad: ${doc.example.bad}\nGood: ${doc.example.good}` },
    // diff rules have no fixed level: policy computes it from the compatibility mode
    ...(level ? { defaultConfiguration: { level } } : {}),
    properties: { tags: ['evt', doc.kind] },
  };
}

function toResult(f: Finding, ruleIndex: number): Record<string, unknown> {
  const versions = f.versions ? ` [${f.versions.from} -> ${f.versions.to}]` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // what code scanning shows is made printable; the property bag keeps the data exact
    message: { text: oneLine(`${f.message}${versions}`) },
    ...(f.file === undefined ? {} : { locations: [locationOf(f, f.file)] }),
    partialFingerprints: { 'evtFingerprint/v1': fingerprint(f) },
    ...(f.approved
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: oneLine(
                `${f.approved.reason} (approved by ${f.approved.by}, expires ${f.approved.expires})`,
              ),
            },
          ],
        }
      : {}),
    properties: resultProperties(f),
  };
}

function locationOf(f: Finding, file: string): Record<string, unknown> {
  const region =
    f.line === undefined
      ? undefined
      : { startLine: f.line, ...(f.column === undefined ? {} : { startColumn: f.column }) };
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {}),
    },
  };
}

/** Everything a SARIF result has no slot for, under `properties` (§3.8, the property bag). */
function resultProperties(f: Finding): Record<string, unknown> {
  const bag: Record<string, unknown> = {};
  if (f.event !== undefined) bag.event = f.event;
  bag.pointer = f.pointer;
  if (f.versions) bag.versions = f.versions;
  if (f.effect) bag.effect = f.effect;
  if (f.breaks) bag.breaks = f.breaks;
  if (f.witness) bag.witness = f.witness;
  if (f.hint) bag.hint = f.hint;
  return bag;
}

let cachedTool: ReporterOptions['tool'];

/** Version and homepage from evt's own package.json (static data, read once). */
function packageTool(): NonNullable<ReporterOptions['tool']> {
  if (!cachedTool) {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string; homepage?: string };
    cachedTool = { version: pkg.version, ...(pkg.homepage ? { informationUri: pkg.homepage } : {}) };
  }
  return cachedTool;
}
