/**
 * Issue 15 item 1: repo text must not reach a terminal or a CI log raw. The fixture's registry has
 * orphan keys that forge a GitHub workflow command with a newline, set the clipboard with OSC 52 and
 * clear the screen, hide a C1 CSI, reverse text with U+202E, and break out of Markdown.
 */
import { describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';

const REPO = 'fixtures/hostile/names-terminal-injection';
const KEYS = [
  'order.c1\u009b2J',
  'order.forged\n::error file=README.md,line=1::forged by the repo',
  'order.md|`## <img src=x onerror=alert(1)> [x](http://e)',
  'order.osc\u001b]52;c;ZXZpbA==\u0007\u001b[2J',
  'order.\u202edecalp',
];
/** Anything that acts on a terminal or forges a line, except the reporter's own line breaks. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

async function lint(format: string) {
  const result = await evt(['lint', REPO, '--format', format]);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('hostile names in every reporter', () => {
  it('text: one line per finding, controls shown as escapes', async () => {
    const out = await lint('text');
    expect(RAW.test(out)).toBe(false);
    expect(out.split('\n')).toEqual([
      'registry.json',
      '  6:5     error   registry entry "order.c1\\u009b2J" has no schema file  registry-orphan-entry  #/events/order.c1\\u009b2J',
      '          hint: add its schema (evt new order.c1\\u009b2J) or remove the entry',
      '  4:5     error   registry entry "order.forged\\n::error file=README.md,line=1::forged by the repo" has no schema file  registry-orphan-entry  #/events/order.forged\\n::error file=README.md,line=1::forged by the repo',
      '          hint: add its schema (evt new order.forged\\n::error file=README.md,line=1::forged by the repo) or remove the entry',
      '  8:5     error   registry entry "order.md|`## <img src=x onerror=alert(1)> [x](http://e)" has no schema file  registry-orphan-entry  #/events/order.md|`## <img src=x onerror=alert(1)> [x](http:~1~1e)',
      '          hint: add its schema (evt new order.md|`## <img src=x onerror=alert(1)> [x](http://e)) or remove the entry',
      '  5:5     error   registry entry "order.osc\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J" has no schema file  registry-orphan-entry  #/events/order.osc\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J',
      '          hint: add its schema (evt new order.osc\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J) or remove the entry',
      '  7:5     error   registry entry "order.\\u202edecalp" has no schema file  registry-orphan-entry  #/events/order.\\u202edecalp',
      '          hint: add its schema (evt new order.\\u202edecalp) or remove the entry',
      '',
      '5 errors, 0 warnings, 0 info',
      '',
    ]);
  });

  it('github: no forged workflow command, one annotation per finding', async () => {
    const lines = (await lint('github')).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 5).every((l) => l.startsWith('::error file=registry.json,line='))).toBe(true);
    expect(lines[5]).toBe('evt lint: 5 error(s), 0 warning(s), 0 info, 0 approved');
    expect(lines[1]).toBe(
      '::error file=registry.json,line=4,col=5,title=registry-orphan-entry::order.forged\\n::error file=README.md,line=1::forged by the repo: registry entry "order.forged\\n::error file=README.md,line=1::forged by the repo" has no schema file%0Ahint: add its schema (evt new order.forged\\n::error file=README.md,line=1::forged by the repo) or remove the entry%0Apointer: #/events/order.forged\\n::error file=README.md,line=1::forged by the repo',
    );
    expect(RAW.test(lines.join('\n'))).toBe(false);
  });

  it('markdown: every cell escaped, no heading, HTML or link from the repo', async () => {
    const out = await lint('markdown');
    expect(RAW.test(out)).toBe(false);
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '### evt lint: 5 errors, 0 warnings, 0 info',
      '#### Findings',
    ]);
    expect(out).toContain(
      '| error | `registry-orphan-entry` | ``order.md\\|`## <img src=x onerror=alert(1)> [x](http://e)`` | `registry.json:8:5` | registry entry "order.md\\|\\`\\#\\# \\<img src=x onerror=alert(1)\\> \\[x\\](http://e)" has no schema file<br>hint: add its schema (evt new order.md\\|\\`\\#\\# \\<img src=x onerror=alert(1)\\> \\[x\\](http://e)) or remove the entry |',
    );
  });

  it('junit: no raw control character', async () => {
    const out = await lint('junit');
    expect(RAW.test(out)).toBe(false);
    expect(out).toContain('<testcase name="order.\\u202edecalp: registry.json#/events/order.\\u202edecalp"');
  });

  it.each(['json', 'sarif'])('%s keeps the names exact, with no raw control character in the text', async (format) => {
    const out = await lint(format);
    expect(RAW.test(out)).toBe(false);
    const parsed = JSON.parse(out);
    const events =
      format === 'json'
        ? parsed.findings.map((f: { event: string }) => f.event)
        : parsed.runs[0].results.map((r: { properties: { event: string } }) => r.properties.event);
    expect(events).toEqual(KEYS);
  });
});
