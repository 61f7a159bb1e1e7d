/**
 * The next version of an existing event: the newest version's file copied to v(N+1), with only
 * `$id` and `title` changed (spliced in place, so the copy diffs cleanly against its source).
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap } from 'yaml';
import { EvtError } from '../model/errors.js';
import type { ContractRepo, EventContract, EventVersion, Version } from '../model/repo.js';
import { parseSchemaText } from '../repo/parse.js';
import { compileTemplate } from '../repo/templates.js';
import { formatVersion, nextVersion } from '../repo/versions.js';
import { escapeRegex } from './conventions.js';
import { capturedDir, renderSchemaPath } from './render-path.js';
import { applySplices, parseDocument, replaceScalar, type Splice } from './text-edit.js';

export type BumpLevel = 'major' | 'minor' | 'patch';

export interface NextVersionResult {
  event: string;
  version: Version;
  file: string;
  text: string;
  from: EventVersion;
}

export function planNextVersionFile(
  repo: ContractRepo,
  contract: EventContract,
  bump: BumpLevel | undefined,
): NextVersionResult {
  const newest = contract.versions[contract.versions.length - 1]!;
  if (!newest.version)
    throw new EvtError(
      `"${contract.name}" has no versions: this layout keeps one schema per event (${newest.doc.file})`,
      `edit ${newest.doc.file} in place; a breaking change needs a new event name`,
    );
  if (bump && bump !== 'major' && newest.version.format === 'integer')
    throw new EvtError(
      `--bump ${bump} needs semver or SchemaVer versions; "${contract.name}" uses integer versions`,
      'leave out --bump: integer versions only go up by one',
    );
  assertEdited(contract);
  const version = nextVersion(newest.version, bump ?? 'major');
  const event = repo.config.layout.versionInName ? `${contract.name}.v${version.raw}` : contract.name;
  const file = nextFile(repo, newest, event, version);
  return { event, version, file, text: copyWithHeader(newest, event, version, file), from: newest };
}

/**
 * `--next-version` twice in a row would stack untouched copies (v3 equal to v2 equal to v1); so a
 * newest version identical to its predecessor apart from $id and title is refused.
 */
function assertEdited(contract: EventContract): void {
  const n = contract.versions.length;
  if (n < 2) return;
  const [previous, newest] = [contract.versions[n - 2]!, contract.versions[n - 1]!];
  if (isDeepStrictEqual(withoutHeader(previous.doc.json), withoutHeader(newest.doc.json))) {
    throw new EvtError(
      `${formatVersion(newest.version)} of "${contract.name}" is still an untouched copy of ${formatVersion(previous.version)} (${newest.doc.file})`,
      `edit ${newest.doc.file} first (or delete it); evt new --next-version does not stack unchanged versions`,
    );
  }
}

function withoutHeader(json: unknown): unknown {
  if (!json || typeof json !== 'object') return json;
  const { $id: _id, id: _legacy, title: _title, ...rest } = json as Record<string, unknown>;
  return rest;
}

/** The newest file's path with the new version, through the template that placed it. */
function nextFile(repo: ContractRepo, newest: EventVersion, event: string, version: Version): string {
  const template = repo.config.layout.schemas.find((t) => compileTemplate(t).regex.test(newest.doc.file))!;
  const rendered = renderSchemaPath(template, {
    event,
    version: template.includes('{version}') ? version.raw : undefined,
    dir: capturedDir(template, newest.doc.file),
  });
  const ext = /\.[^./]+$/.exec(newest.doc.file)![0];
  return template.endsWith('.json') ? rendered.replace(/\.json$/, ext) : rendered;
}

function copyWithHeader(from: EventVersion, event: string, version: Version, file: string): string {
  const json = from.doc.json as Record<string, unknown>;
  const doc = parseDocument(from.doc.text);
  if (!isMap(doc.contents)) return from.doc.text;
  const splices: Splice[] = [];
  const idKey = '$id' in json ? '$id' : 'id' in json ? 'id' : undefined;
  if (idKey && typeof json[idKey] === 'string') {
    const splice = replaceScalar(
      doc.contents,
      idKey,
      nextId(json[idKey] as string, from, file, version),
      from.doc.format,
    );
    if (splice) splices.push(splice);
  }
  if (typeof json.title === 'string') {
    const splice = replaceScalar(doc.contents, 'title', nextTitle(json.title, from, event, version), from.doc.format);
    if (splice) splices.push(splice);
  }
  const text = applySplices(from.doc.text, splices);
  const check = parseSchemaText(file, text);
  if (check.parseError)
    throw new Error(`copying ${from.doc.file} produced invalid ${from.doc.format}: ${check.parseError.message}`);
  return text;
}

/** `$id` ending with the old file's path gets the new path; otherwise the version is replaced. */
function nextId(id: string, from: EventVersion, file: string, version: Version): string {
  const oldParts = from.doc.file.split('/');
  const newParts = file.split('/');
  for (let drop = 0; drop < oldParts.length; drop++) {
    const suffix = oldParts.slice(drop).join('/');
    if (id.endsWith(suffix) && (id.length === suffix.length || id[id.length - suffix.length - 1] === '/'))
      return id.slice(0, id.length - suffix.length) + newParts.slice(drop).join('/');
  }
  return replaceVersion(id, from.version!, version);
}

function nextTitle(title: string, from: EventVersion, event: string, version: Version): string {
  const renamed = from.event !== event ? title.replaceAll(from.event, event) : title;
  return renamed !== title ? renamed : replaceVersion(title, from.version!, version);
}

/** The last standalone occurrence of the old version (`v2`, `1.1.0`) replaced by the new one. */
function replaceVersion(text: string, from: Version, to: Version): string {
  const pattern = new RegExp(`(?<![\\w.-])(v?)${escapeRegex(from.raw)}(?![\\w-]|\\.\\d)`, 'gi');
  const matches = [...text.matchAll(pattern)];
  const last = matches[matches.length - 1];
  if (!last) return text;
  return text.slice(0, last.index) + last[1] + to.raw + text.slice(last.index + last[0].length);
}
