/**
 * A message from evt is one line on a terminal or in a CI log. File names, event names, registry
 * keys and union literals come from the repo, so they can hold newlines (which forge extra lines,
 * e.g. a GitHub `::error::` workflow command), ESC/OSC/C1 sequences (which repaint a terminal, set
 * its title or write the clipboard) or bidirectional controls (U+202E makes `order.<RLO>decalp`
 * read as `order.placed`, the "Trojan Source" trick, CVE-2021-42574). Each of those is shown as
 * a visible `\uXXXX` escape instead.
 */
// C0, DEL, C1, the Unicode line/paragraph separators, and the bidi controls (ALM, LRM, RLM,
// LRE..RLO, LRI..PDI) listed in Unicode TR9 §2.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw: everything UNSAFE but C0 (which it escapes, or uses as layout). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const UNSAFE_ANYWHERE = new RegExp(UNSAFE.source);

/** True when oneLine would return the text unchanged. */
export function isOneLine(text: string): boolean {
  return !UNSAFE_ANYWHERE.test(text);
}

export function oneLine(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? unicodeEscape(c));
}

/**
 * JSON text with the same data but no raw control or bidi character: JSON.stringify escapes C0
 * itself, and leaves DEL, C1, U+2028/9 and bidi controls raw; as `\uXXXX` they parse back to the
 * same strings and cannot act on a terminal that prints the file.
 */
export function jsonWithoutRawControls(json: string): string {
  return json.replace(RAW_IN_JSON, unicodeEscape);
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
