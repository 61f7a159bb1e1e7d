/**
 * Offsets into a text as 1-based line and column, the one conversion behind parse errors, finding
 * positions and union literals. Columns count UTF-16 code units, SARIF's default column kind; an
 * offset past the end is read as the end.
 */
/** Structurally the model's SourcePosition; util stays free of model imports. */
export interface LineColumn {
  line: number;
  column: number;
}

/** One lookup: scans the text only up to `offset`. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** Many lookups: the line starts are found once, then each offset is a binary search. */
export function lineColumnIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.min(offset, text.length) - starts[lo]! + 1 };
  };
}
