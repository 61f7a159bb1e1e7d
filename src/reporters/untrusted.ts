/**
 * Everything a reporter prints that came from the repo (names, paths, pointers, versions, hints,
 * messages that quote them, approval reasons, notes) passes through `oneLine` once, here, before
 * any reporter sees it: a reporter cannot forget a field. The JSON reporters keep the data exact
 * and only escape what JSON.stringify leaves raw (see jsonWithoutRawControls).
 */
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { isOneLine, oneLine } from '../util/one-line.js';

/** The report with every repo-derived string made printable on one line. */
export function forDisplay(report: Report): Report {
  return {
    ...report,
    root: oneLine(report.root),
    findings: report.findings.map(displayFinding),
    notes: report.notes.map(oneLine),
  };
}

function displayFinding(f: Finding): Finding {
  // most findings have nothing to escape: keep the object (a big check has tens of thousands)
  if (!needsEscape(f)) return f;
  const out: Finding = { ...f, ruleId: oneLine(f.ruleId), pointer: oneLine(f.pointer), message: oneLine(f.message) };
  if (f.event !== undefined) out.event = oneLine(f.event);
  if (f.file !== undefined) out.file = oneLine(f.file);
  if (f.hint !== undefined) out.hint = oneLine(f.hint);
  if (f.versions) out.versions = { from: oneLine(f.versions.from), to: oneLine(f.versions.to) };
  if (f.approved)
    out.approved = {
      reason: oneLine(f.approved.reason),
      by: oneLine(f.approved.by),
      expires: oneLine(f.approved.expires),
    };
  return out;
}

function needsEscape(f: Finding): boolean {
  return [
    f.ruleId,
    f.pointer,
    f.message,
    f.event,
    f.file,
    f.hint,
    f.versions?.from,
    f.versions?.to,
    f.approved?.reason,
    f.approved?.by,
    f.approved?.expires,
  ].some((text) => text !== undefined && !isOneLine(text));
}
