/**
 * Regular expressions as ajv runs them: ECMA-262 with the `u` flag (ajv's `unicodeRegExp` default;
 * 2020-12 Validation §6.3.3 says `pattern` is ECMA-262). Compiling is always fast; matching can
 * backtrack catastrophically (`^(a+)+$`), so matches made while validating examples run under a
 * vm timeout that interrupts the regex engine.
 */
import vm from 'node:vm';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { testBounded } from '../util/bounded-regex.js';

/**
 * A match that takes longer than this is reported as catastrophic backtracking. It is wall-clock
 * time, so it is generous: a plain pattern matches in microseconds, and a busy CI machine must
 * not turn `^[A-Z]{3}$` into a finding.
 */
const MATCH_TIMEOUT_MS = 300;

const compileErrors = new Map<string, string | null>();

/** The syntax error of `source` under the `u` flag, or null when it compiles. Memoised per source. */
export function regexError(source: string): string | null {
  let error = compileErrors.get(source);
  if (error === undefined) {
    try {
      new RegExp(source, 'u');
      error = null;
    } catch (e) {
      error = (e as Error).message.replace(/^Invalid regular expression: /, '');
    }
    if (compileErrors.size > 50_000) compileErrors.clear();
    compileErrors.set(source, error);
  }
  return error;
}

class RegexTimeoutError extends Error {
  constructor(readonly pattern: string) {
    super(`pattern ${JSON.stringify(pattern)} takes too long to match (catastrophic backtracking)`);
    this.name = 'RegexTimeoutError';
  }
}

const context = vm.createContext({ re: /(?:)/, list: [] as string[] });
const filterScript = new vm.Script('list.filter((item) => !re.test(item))');

/** One match under the shared bounded runner (natively when the pattern cannot backtrack badly). */
function boundedTest(re: RegExp, pattern: string, s: string): boolean {
  const matched = testBounded(re, s, MATCH_TIMEOUT_MS);
  if (matched === undefined) throw new RegexTimeoutError(pattern);
  return matched;
}

/** ajv's `code.regExp` option: RegExps whose `test` is time-bounded. */
export const boundedRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    const re = new RegExp(pattern, flags);
    // ajv dedupes compiled patterns by `toString()`, so it must be the regex's own text.
    return { test: (s: string) => boundedTest(re, pattern, s), toString: () => re.toString() };
  },
  { code: 'boundedRegExp' },
);

/** The strings `pattern` does not match, found in one time-bounded run (one vm entry, not one per string). */
export function rejectedBy(pattern: string, strings: string[], timeoutMs = 10 * MATCH_TIMEOUT_MS): string[] {
  context.re = new RegExp(pattern, 'u');
  context.list = strings;
  try {
    return [...(filterScript.runInContext(context, { timeout: timeoutMs }) as string[])];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RegexTimeoutError(pattern);
    throw error;
  } finally {
    context.list = [];
  }
}
