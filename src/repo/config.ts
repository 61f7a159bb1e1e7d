/**
 * Loads evt.config.yaml: YAML parsed with `yaml`, validated with ajv against the shipped JSON
 * Schema, then merged over the chosen (or detected) preset.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import YAML from 'yaml';
import type { EvtConfig, PresetName } from '../model/config.js';
import { EvtError } from '../model/errors.js';
import { closest } from '../util/closest.js';
import { isInside, toRepoPath } from '../util/paths.js';
import { presetConfig } from './presets.js';
import { describeYamlError } from './yaml-error.js';

const require = createRequire(import.meta.url);
const CONFIG_SCHEMA = require('../../schemas/evt-config.schema.json') as Record<string, unknown>;
const CONFIG_FILE_NAMES = ['evt.config.yaml', 'evt.config.yml'];

export type RawConfig = Partial<Omit<EvtConfig, 'layout' | 'naming' | 'compatibility' | 'schemas'>> & {
  layout?: Partial<EvtConfig['layout']>;
  // --- issue 19 ---
  schemas?: Partial<EvtConfig['schemas']>;
  // --- end issue 19 ---
  naming?: Partial<EvtConfig['naming']>;
  compatibility?: Partial<EvtConfig['compatibility']>;
};

let validateConfig: ReturnType<Ajv2020['compile']> | undefined;

/**
 * The config file a run reads: the explicit path resolved against `root` (returned whether or not
 * it exists, so each caller decides what a missing one means), else the first of CONFIG_FILE_NAMES
 * at the root, else undefined.
 */
export function configFilePath(root: string, explicit?: string): string | undefined {
  if (explicit) return path.resolve(root, explicit);
  return CONFIG_FILE_NAMES.map((name) => path.join(root, name)).find((file) => fs.existsSync(file));
}

/** {@link configFilePath}, refusing an explicit path that does not exist. */
function findConfigFile(root: string, explicit?: string): string | undefined {
  const file = configFilePath(root, explicit);
  if (explicit && !fs.existsSync(file!))
    throw new EvtError(`config file not found: ${explicit}`, 'check the --config path');
  return file;
}

/**
 * Parses and validates a config text; throws EvtError naming the file, the key and a likely fix.
 * @internal Exported for test/repo/config.test.ts: its messages without a file on disk.
 */
export function parseConfig(text: string, file: string): RawConfig {
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors[0]) {
    const { message, line, column } = describeYamlError(doc.errors[0]);
    throw new EvtError(`${file}:${line}:${column}: invalid YAML: ${message}`);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    // an alias bomb or a self-containing alias: a config error, not an internal one
    throw new EvtError(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  validateConfig ??= new Ajv2020({ allErrors: false, strict: false, validateFormats: false }).compile(CONFIG_SCHEMA);
  if (!validateConfig(raw))
    throw new EvtError(
      `${file}: ${describeConfigError(validateConfig.errors![0]!)}`,
      'see schemas/evt-config.schema.json for every key',
    );
  return raw as RawConfig;
}

function describeConfigError(error: ErrorObject): string {
  const at = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '';
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys(schemaAt(error.schemaPath));
    const guess = closest(key, known);
    return `unknown key "${at ? `${at}.` : ''}${key}"${guess ? `; did you mean "${at ? `${at}.` : ''}${guess}"?` : ''}`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ');
    return `"${at}" must be one of: ${allowed}`;
  }
  return `"${at || '(root)'}" ${error.message ?? 'is invalid'}`;
}

/** The `properties` object of the subschema an ajv error's schemaPath points at. */
function schemaAt(schemaPath: string): Record<string, unknown> {
  let node: unknown = CONFIG_SCHEMA;
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1))
    node = (node as Record<string, unknown>)?.[part];
  return ((node as { properties?: Record<string, unknown> })?.properties ?? {}) as Record<string, unknown>;
}

/** Applies a raw config over a preset's defaults. */
export function resolveConfig(raw: RawConfig, fallbackPreset: PresetName): EvtConfig {
  const base = presetConfig((raw.preset as PresetName | undefined) ?? fallbackPreset);
  return {
    ...base,
    layout: { ...base.layout, ...raw.layout },
    naming: { ...base.naming, ...raw.naming },
    // --- issue 19 ---
    schemas: { ...base.schemas, ...raw.schemas },
    // --- end issue 19 ---
    rules: { ...base.rules, ...raw.rules },
    compatibility: {
      ...base.compatibility,
      ...raw.compatibility,
      events: { ...base.compatibility.events, ...raw.compatibility?.events },
    },
    scaffold: { ...base.scaffold, ...raw.scaffold },
    approvals: raw.approvals ?? base.approvals,
    deprecations: { ...base.deprecations, ...raw.deprecations },
  };
}

/** Reads the repo's config file (if any). Returns the raw config and its repo-relative path. */
export function readConfigFile(root: string, explicit?: string): { raw: RawConfig; source?: string } {
  const file = findConfigFile(root, explicit);
  if (!file) return { raw: {} };
  // a config outside the repo is named as given, not as a ../../ path
  const source = isInside(root, file) ? toRepoPath(root, file) : file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvtError(`${source}: cannot read config: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { raw: parseConfig(text, source), source };
}
