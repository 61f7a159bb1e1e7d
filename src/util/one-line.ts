/**
 * A message from evt is one line on a terminal or in a CI log. File and event names come from the
 * repo, so they can hold newlines (which would forge extra lines, e.g. a GitHub `::error::` workflow
 * command) or ANSI escapes (which repaint a terminal). Control characters are shown escaped.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    const known: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return known[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
