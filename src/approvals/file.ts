/**
 * evt.approvals.yaml: accepted breaking changes (Buf's breaking-change baseline, with a reason, an
 * owner and an end date). Read strictly: an unknown key or a bad date is exit 2 with file:line.
 *
 * ```yaml
 * approvals:
 *   - fingerprint: 3f2a9c0b1d4e5f60   # what matches; the next four fields are for reviewers
 *     rule: property-removed
 *     event: order.placed
 *     versions: v1 -> v2
 *     pointer: /properties/legacyId
 *     message: property "legacyId" was removed
 *     reason: legacyId was never populated
 *     approvedBy: alice
 *     expires: 2026-03-31                # valid through this date
 * ```
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isScalar, isSeq, LineCounter, type Node as YamlNode, type Pair } from 'yaml';
import { EvtError } from '../model/errors.js';
import { closest } from '../util/closest.js';
import { describeYamlError } from '../repo/yaml-error.js';
import { isIsoDate } from './today.js';

export const APPROVALS_FILE = 'evt.approvals.yaml';

export interface Approval {
  /** 16 hex digits, see `fingerprint`. The only field matching uses. */
  fingerprint: string;
  reason: string;
  approvedBy: string;
  /** YYYY-MM-DD, inclusive. */
  expires: string;
  /** Readable copies of what the fingerprint covers. */
  rule?: string;
  event?: string;
  file?: string;
  /** `v1 -> v2` */
  versions?: string;
  pointer?: string;
  message?: string;
}

const REQUIRED = ['fingerprint', 'reason', 'approvedBy', 'expires'] as const;
/** Key order of an entry, as `evt approve` writes it. */
export const APPROVAL_KEYS = [
  'fingerprint',
  'rule',
  'event',
  'file',
  'versions',
  'pointer',
  'message',
  'reason',
  'approvedBy',
  'expires',
] as const;

/** Reads the approvals file of a repo; a missing file is no approvals. `file` is repo-relative. */
export function readApprovals(root: string, file: string = APPROVALS_FILE): Approval[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new EvtError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseApprovals(text, file);
}

/** Parses and validates the text of an approvals file; `file` names it in error messages. */
export function parseApprovals(text: string, file: string): Approval[] {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors[0]) {
    const { message, line, column } = describeYamlError(doc.errors[0]);
    throw new EvtError(`${file}:${line}:${column}: invalid YAML: ${message}`);
  }
  const fail = (node: YamlNode | Pair | null | undefined, message: string, hint?: string): never => {
    const offset = nodeOffset(node);
    const { line, col } = lineCounter.linePos(offset);
    throw new EvtError(`${file}:${line}:${col}: ${message}`, hint);
  };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isMap(root)) return fail(root, 'expected a mapping with an "approvals" list');
  let list: unknown;
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key !== 'approvals') fail(pair, `unknown key "${key}"`, 'the file has one key, "approvals", a list of entries');
    list = pair.value;
  }
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) return fail(list as YamlNode, '"approvals" must be a list');
  const seen = new Set<string>();
  return list.items.map((item, index) => {
    const approval = readEntry(item as YamlNode, `approvals[${index}]`, fail);
    if (seen.has(approval.fingerprint))
      fail(
        item as YamlNode,
        `duplicate fingerprint ${approval.fingerprint} in approvals[${index}]`,
        'keep one entry per fingerprint',
      );
    seen.add(approval.fingerprint);
    return approval;
  });
}

type Fail = (node: YamlNode | Pair | null | undefined, message: string, hint?: string) => never;

function readEntry(node: YamlNode, at: string, fail: Fail): Approval {
  if (!isMap(node)) return fail(node, `${at} must be a mapping`);
  const entry: Record<string, string> = {};
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (!(APPROVAL_KEYS as readonly string[]).includes(key)) {
      const guess = closest(key, APPROVAL_KEYS);
      fail(
        pair,
        `unknown key "${at}.${key}"${guess ? `; did you mean "${guess}"?` : ''}`,
        `keys of an approval: ${APPROVAL_KEYS.join(', ')}`,
      );
    }
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string')
      fail((value as YamlNode | null) ?? pair, `"${at}.${key}" must be a string`);
    entry[key] = (value as { value: string }).value;
  }
  for (const key of REQUIRED)
    if (!entry[key]) fail(node, `${at} is missing "${key}"`, 'evt approve writes complete entries');
  if (!/^[0-9a-f]{16}$/.test(entry.fingerprint!))
    fail(valueNode(node, 'fingerprint'), `"${at}.fingerprint" must be 16 hex digits, got "${entry.fingerprint}"`);
  if (!isIsoDate(entry.expires!))
    fail(valueNode(node, 'expires'), `"${at}.expires" must be a date written YYYY-MM-DD, got "${entry.expires}"`);
  return entry as unknown as Approval;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function valueNode(map: YamlNode, key: string): YamlNode | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => keyOf(p) === key)?.value as YamlNode | undefined;
}

function nodeOffset(node: YamlNode | Pair | null | undefined): number {
  if (!node) return 0;
  if ('range' in node && node.range) return node.range[0];
  if ('key' in node) return nodeOffset(node.key as YamlNode | null);
  return 0;
}
