/**
 * A conservative estimate of how deeply a YAML text nests, read line by line before the `yaml`
 * package sees it: that parser recurses, and a few thousand nested flow collections (`[[[[...`)
 * abort Node with a fatal out-of-memory in the regexp compiler, which no try/catch can stop.
 *
 * The estimate counts distinct open indentation levels, `- ` sequence markers that open a nested
 * item on the same line, and open flow brackets outside quotes and comments. It may overestimate
 * (a block scalar's indented lines count as levels), never underestimate by much, which is the
 * safe direction for a limit in the hundreds.
 */

/** The offset of the first place the estimated depth exceeds `maxDepth`, or undefined. */
export function yamlTooDeepAt(text: string, maxDepth: number): { offset: number; depth: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const blank = i >= lineEnd || text[i] === '#' || text[i] === '\r';
    if (!blank && flow === 0) {
      const indent = i - lineStart;
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let dashes = 0;
    while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      dashes++;
      i += 2;
      while (text[i] === ' ') i++;
    }
    let quote = '';
    for (; i < lineEnd; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === lineStart || text[i - 1] === ' ')) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (indents.length + dashes + flow > maxDepth) return { offset: i, depth: indents.length + dashes + flow };
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (indents.length + dashes + flow > maxDepth) return { offset: lineStart, depth: indents.length + dashes + flow };
    lineStart = lineEnd + 1;
  }
  return undefined;
}
