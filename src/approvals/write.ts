/**
 * What `evt approve` writes: one entry per failing finding, appended after the existing entries
 * (their order, comments and formatting kept: the file is edited as a YAML document, not
 * regenerated). A finding whose approval has expired gets that entry renewed in place. Running it
 * twice changes nothing the second time.
 */
import YAML, { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Finding } from '../model/finding.js';
import { APPROVAL_KEYS, parseApprovals } from './file.js';
import { fingerprintOf } from './fingerprint.js';

export interface ApproveOptions {
  reason: string;
  by: string;
  /** YYYY-MM-DD */
  expires: string;
  /** YYYY-MM-DD; entries that expired before it are renewed. */
  today: string;
}

export interface ApproveResult {
  /** The new file text (equal to the input when nothing changed). */
  text: string;
  added: number;
  renewed: number;
}

const HEADER = [
  ' Accepted breaking changes, written by `evt approve`. A finding whose fingerprint is listed here',
  ' is reported as approved and does not fail the run until `expires` (inclusive, YYYY-MM-DD).',
  ' Only the fingerprint matches; rule, event, versions, pointer and message are for reviewers.',
].join('\n');

/**
 * Adds approvals for `findings` to the approvals file text (`undefined` when there is no file yet).
 * The existing text is validated first, so a broken file is never overwritten.
 */
export function addApprovals(
  text: string | undefined,
  findings: readonly Finding[],
  options: ApproveOptions,
  file = 'evt.approvals.yaml',
): ApproveResult {
  const existing = parseApprovals(text ?? '', file);
  const known = new Map(existing.map((a) => [a.fingerprint, a]));
  const doc = text === undefined || text.trim() === '' ? newDocument() : YAML.parseDocument(text);
  const list = approvalsList(doc);
  let added = 0;
  let renewed = 0;
  const done = new Set<string>();
  for (const finding of findings) {
    const fp = fingerprintOf(finding);
    if (done.has(fp)) continue;
    done.add(fp);
    const approval = known.get(fp);
    if (!approval) {
      list.add(doc.createNode(entryFor(finding, fp, options)));
      added++;
    } else if (approval.expires < options.today) {
      const entry = list.items.find((item) => isMap(item) && item.get('fingerprint') === fp) as YAMLMap;
      entry.set('reason', options.reason);
      entry.set('approvedBy', options.by);
      entry.set('expires', options.expires);
      renewed++;
    }
  }
  if (added + renewed === 0) return { text: text ?? '', added, renewed };
  return { text: doc.toString({ lineWidth: 0 }), added, renewed };
}

/**
 * Removes the entries `pointers` name (`/approvals/<index>`, as approval-unused reports them) from
 * the approvals file text, comments and the other entries kept. A broken file is never rewritten.
 */
export function pruneApprovals(
  text: string | undefined,
  pointers: readonly string[],
  file = 'evt.approvals.yaml',
): { text: string | undefined; removed: number } {
  parseApprovals(text ?? '', file);
  const indices = pointers.map((p) => Number(/^\/approvals\/(\d+)$/.exec(p)?.[1])).filter(Number.isInteger);
  if (text === undefined || indices.length === 0) return { text, removed: 0 };
  const doc = YAML.parseDocument(text);
  const list = doc.get('approvals', true) as YAMLSeq;
  for (const index of [...new Set(indices)].sort((a, b) => b - a)) list.items.splice(index, 1);
  return { text: doc.toString({ lineWidth: 0 }), removed: new Set(indices).size };
}

function newDocument(): Document {
  const doc = new YAML.Document({ approvals: [] });
  doc.commentBefore = HEADER;
  return doc;
}

/** The `approvals` sequence, created (block style) when the file has none or an empty one. */
function approvalsList(doc: Document): YAMLSeq {
  const current = doc.get('approvals', true);
  if (isSeq(current)) {
    current.flow = false;
    return current;
  }
  const list = doc.createNode([]) as YAMLSeq;
  list.flow = false;
  if (isMap(doc.contents)) doc.set('approvals', list);
  else doc.contents = doc.createNode({ approvals: list }) as never;
  return list;
}

function entryFor(finding: Finding, fp: string, options: ApproveOptions): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    fingerprint: fp,
    rule: finding.ruleId,
    event: finding.event,
    file: finding.event === undefined ? finding.file : undefined,
    versions: finding.versions ? `${finding.versions.from} -> ${finding.versions.to}` : undefined,
    pointer: finding.pointer,
    message: finding.message,
    reason: options.reason,
    approvedBy: options.by,
    expires: options.expires,
  };
  const entry: Record<string, string> = {};
  for (const key of APPROVAL_KEYS) if (fields[key] !== undefined) entry[key] = fields[key];
  return entry;
}
