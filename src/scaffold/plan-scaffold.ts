/**
 * planScaffold: what `evt new` would write, as data. Name and inputs are checked first; nothing is
 * read from disk beyond the loaded repo (and template overrides).
 */
import fs from 'node:fs';
import path from 'node:path';
import { EvtError } from '../model/errors.js';
import type { ContractRepo, EventContract } from '../model/repo.js';
import { formatVersion } from '../repo/versions.js';
import { assertValidEventName } from './check-name.js';
import { inferConventions } from './conventions.js';
import { planNextVersionFile, type BumpLevel } from './next-version.js';
import { buildPayloadSchema, headerFields, serializeSchema, type PayloadRequest } from './payload.js';
import { changedFiles, type PlannedFile, type ScaffoldPlan } from './plan.js';
import { addRegistryEntry, addRegistryVersion } from './registry-edit.js';
import { defaultDir, renderSchemaPath } from './render-path.js';
import { assertSafeDir, assertSafeName } from './safe-input.js';
import { renderPayloadOverride } from './template-override.js';
import { addUnionLiteral } from './union-edit.js';

export interface ScaffoldRequest {
  /** The event name as typed (`payment.completed`; `deck.exported` or `deck.exported.v1` in versionInName layouts). */
  name: string;
  nextVersion?: boolean;
  bump?: BumpLevel;
  producer?: string;
  description?: string;
  /** Directory for `{contract}` / `{*}` / `{**}` layouts. */
  dir?: string;
  /** Overwrite a file that exists with different content. */
  force?: boolean;
}

const FIRST_VERSION = { integer: '1', semver: '1.0.0', schemaver: '1-0-0' } as const;

export function planScaffold(repo: ContractRepo, request: ScaffoldRequest): ScaffoldPlan {
  assertSafeName(request.name);
  if (request.dir !== undefined) assertSafeDir(request.dir);
  const inName = repo.config.layout.versionInName ? /^(.+)\.v(\d+)$/.exec(request.name) : null;
  const baseName = inName ? inName[1]! : request.name;
  const published = repo.config.layout.versionInName ? `${baseName}.v${inName?.[2] ?? '1'}` : baseName;
  const nameNotes = assertValidEventName(published, repo.config);
  const existing = repo.events.find((e) => e.name === baseName);
  if (!request.nextVersion && inName && inName[2] !== '1' && !existing)
    throw new EvtError(`a new event starts at v1, not v${inName[2]}`, `evt new ${baseName}.v1`);
  const plan = request.nextVersion
    ? planNext(repo, request, baseName, existing, inName?.[2])
    : planNew(repo, request, baseName, existing);
  return { ...plan, notes: [...nameNotes, ...plan.notes] };
}

function planNew(
  repo: ContractRepo,
  request: ScaffoldRequest,
  baseName: string,
  existing: EventContract | undefined,
): ScaffoldPlan {
  const template = repo.config.layout.schemas[0];
  if (!template) throw new EvtError('the layout has no schema path template', 'add layout.schemas to evt.config.yaml');
  const versioned = template.includes('{version}');
  const version =
    versioned || repo.config.layout.versionInName ? FIRST_VERSION[repo.config.layout.versionFormat] : undefined;
  const event = repo.config.layout.versionInName ? `${baseName}.v1` : baseName;
  const dir = defaultDir(repo, template, baseName, request.dir);
  const file = renderSchemaPath(template, { event, version: versioned ? version : undefined, dir });
  const notes: string[] = [];
  const payload: PayloadRequest = { baseName, event, version, file, description: request.description };
  const text = renderPayload(repo, payload, notes);
  const before = readExisting(repo, file);
  assertCreatable(existing, file, before, text, request.force === true, baseName);
  const files: PlannedFile[] = [{ path: file, before, after: text }];
  if (repo.registry) {
    const entry = {
      event,
      version: version
        ? { raw: version, format: repo.config.layout.versionFormat, parts: version.split(/[.-]/).map(Number) }
        : null,
      dir,
      producer: request.producer,
      description: request.description,
    };
    files.push({
      path: repo.registry.doc.file,
      before: repo.registry.doc.text,
      after: addRegistryEntry(repo.registry.doc.text, repo.registry.doc.format, entry, notes),
    });
  }
  if (repo.union)
    files.push({ path: repo.union.file, before: repo.union.text, after: addUnionLiteral(repo.union.text, event) });
  notes.unshift(`describe the payload in ${file}: description, properties, required, examples`);
  return { root: repo.root, action: 'new-event', event, version, files: changedFiles(files), notes };
}

function planNext(
  repo: ContractRepo,
  request: ScaffoldRequest,
  baseName: string,
  existing: EventContract | undefined,
  typedVersion: string | undefined,
): ScaffoldPlan {
  if (!existing)
    throw new EvtError(`there is no event "${baseName}" to start a new version of`, `evt new ${baseName} creates it`);
  const next = planNextVersionFile(repo, existing, request.bump);
  if (typedVersion !== undefined && typedVersion !== next.version.raw)
    throw new EvtError(
      `the next version of "${baseName}" is v${next.version.raw}, not v${typedVersion}`,
      `evt new ${baseName} --next-version`,
    );
  const before = readExisting(repo, next.file);
  if (before !== null && before !== next.text && !request.force)
    throw new EvtError(`${next.file} already exists`, 'pass --force to overwrite it');
  const files: PlannedFile[] = [{ path: next.file, before, after: next.text }];
  const notes: string[] = [];
  if (repo.registry) {
    const { text, format } = repo.registry.doc;
    const after = repo.config.layout.versionInName
      ? addRegistryEntry(
          text,
          format,
          { event: next.event, version: next.version, producer: request.producer, like: next.from.event },
          notes,
        )
      : addRegistryVersion(text, format, next.event, next.version);
    files.push({ path: repo.registry.doc.file, before: text, after });
  }
  if (repo.union && repo.config.layout.versionInName)
    files.push({ path: repo.union.file, before: repo.union.text, after: addUnionLiteral(repo.union.text, next.event) });
  notes.push(
    `${next.file} is a copy of ${next.from.doc.file} with a new $id and title: make the ${formatVersion(next.version)} change there`,
    `update its description (it still describes ${formatVersion(next.from.version)}) and its examples`,
    'run evt lint (and evt diff) to see how the change is classified',
  );
  return {
    root: repo.root,
    action: 'next-version',
    event: next.event,
    version: next.version.raw,
    files: changedFiles(files),
    notes,
  };
}

function renderPayload(repo: ContractRepo, payload: PayloadRequest, notes: string[]): string {
  const header = headerFields(inferConventions(repo, payload.baseName), payload);
  const values = {
    name: payload.event,
    version: payload.version ?? '',
    description: header.description,
    id: header.id,
    title: header.title,
    schema: header.draft,
  };
  const override = renderPayloadOverride(repo, payload.file, values);
  if (override !== undefined) return override;
  return serializeSchema(buildPayloadSchema(repo, payload, notes), payload.file, repo);
}

/**
 * A new event may already exist only as exactly what this command writes (a second run of the
 * same command converges: nothing to do). Anything else is refused, or overwritten with --force.
 */
function assertCreatable(
  existing: EventContract | undefined,
  file: string,
  before: string | null,
  text: string,
  force: boolean,
  baseName: string,
): void {
  const elsewhere = existing && !(existing.versions.length === 1 && existing.versions[0]!.doc.file === file);
  if (!elsewhere && (before === null || before === text || force)) return;
  const newest = existing?.versions[existing.versions.length - 1];
  const where = newest?.doc.file ?? file;
  const hint = !existing
    ? `pass --force to overwrite ${file}`
    : newest?.version
      ? `to start its next version: evt new ${baseName} --next-version${elsewhere ? '' : ` (or --force to overwrite ${file} with a fresh scaffold)`}`
      : `this layout keeps one schema per event: edit ${where}${elsewhere ? '' : ', or pass --force to overwrite it with a fresh scaffold'}`;
  throw new EvtError(`event "${baseName}" already exists (${where})`, hint);
}

/** The current text of a repo file, or null when it does not exist. */
function readExisting(repo: ContractRepo, file: string): string | null {
  const absolute = path.join(repo.root, file);
  try {
    return fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new EvtError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
