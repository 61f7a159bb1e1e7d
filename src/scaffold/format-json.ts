/**
 * JSON in the style contract repos write by hand (and the fixtures use): one key per line at the
 * top, small leaf objects and arrays on one line (`"orderId": { "type": "string" }`,
 * `"required": ["a", "b"]`), so a scaffold reads like its neighbours and diffs stay small.
 */
const MAX_LINE = 160;

export function formatJson(value: unknown, indent = '  '): string {
  return `${render(value, '', indent, 0, 0)}\n`;
}

function render(value: unknown, current: string, indent: string, depth: number, prefixLength: number): string {
  if (depth > 0 && isInlinable(value)) {
    const inline = renderInline(value);
    if (current.length + prefixLength + inline.length <= MAX_LINE) return inline;
  }
  const inner = current + indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + render(v, inner, indent, depth + 1, 0)).join(',\n')}\n${current}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner, indent, depth + 1, JSON.stringify(k).length + 2)}`).join(',\n')}\n${current}}`;
  }
  return JSON.stringify(value);
}

/** `{ "a": 1, "b": ["x"] }`: the one-line form. */
export function renderInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderInline).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0
      ? '{}'
      : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${renderInline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Scalars, containers of scalars, and arrays of such containers (`examples: [{...}]`). */
function isInlinable(value: unknown): boolean {
  if (!isContainer(value)) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  if (children.every((c) => !isContainer(c) || isFlat(c)))
    return Array.isArray(value) || children.every((c) => !isContainer(c) || Array.isArray(c));
  return false;
}

function isFlat(value: unknown): boolean {
  const children = Array.isArray(value) ? value : Object.values(value as object);
  return children.every((c) => !isContainer(c) || (Array.isArray(c) && c.every((x) => !isContainer(x))));
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value);
}

/** The indentation unit of a JSON text (its first indented line), two spaces when it has none. */
export function detectIndent(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}
