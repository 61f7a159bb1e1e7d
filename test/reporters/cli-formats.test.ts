import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';
import { fixtureRepo } from '../helpers/paths.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-formats-'));
  temps.push(dir);
  return dir;
};

describe('evt lint with repeated --format and --output (bin/evt.js)', () => {
  it('--format sarif --output x.sarif --format text: SARIF to the file, text to stdout', async () => {
    const dir = tempDir();
    const result = await evt(
      ['lint', fixtureRepo('broken-union'), '--format', 'sarif', '--output', 'x.sarif', '--format', 'text'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').at(-2)).toBe('2 errors, 0 warnings, 0 info');
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'x.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (r: {
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }>;
        }) => [
          r.ruleId,
          r.level,
          r.locations[0]!.physicalLocation.artifactLocation.uri,
          r.locations[0]!.physicalLocation.region,
        ],
      ),
    ).toEqual([
      ['union-missing-literal', 'error', 'schemas/seller.verified.schema.json', { startLine: 1, startColumn: 1 }],
      ['union-orphan-literal', 'error', 'src/event-types.ts', { startLine: 4, startColumn: 6 }],
    ]);
  });

  it('two files and stdout: junit and markdown to files, github annotations to stdout', async () => {
    const dir = tempDir();
    const result = await evt(
      [
        'lint',
        fixtureRepo('broken-union'),
        '-f',
        'junit',
        '-o',
        'evt.xml',
        '-f',
        'markdown',
        '-o',
        'comment.md',
        '-f',
        'github',
      ],
      dir,
    );
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '::error file=schemas/seller.verified.schema.json,line=1,col=1,title=union-missing-literal::seller.verified: "seller.verified" is missing from the union in src/event-types.ts%0Ahint: add | \'seller.verified\' to the union%0Apointer: #',
        '::error file=src/event-types.ts,line=4,col=6,title=union-orphan-literal::kyc.verified: union literal "kyc.verified" has no schema file%0Ahint: add its schema (evt new kyc.verified) or remove the literal%0Apointer: #',
        'evt lint: 2 error(s), 0 warning(s), 0 info, 0 approved',
        '',
      ].join('\n'),
    });
    expect(fs.readFileSync(path.join(dir, 'evt.xml'), 'utf8')).toContain(
      '<testsuites name="evt lint" tests="2" failures="2" errors="0" skipped="0">',
    );
    expect(fs.readFileSync(path.join(dir, 'comment.md'), 'utf8').split('\n').slice(0, 2)).toEqual([
      '<!-- evt-report -->',
      '### evt lint: 2 errors, 0 warnings, 0 info',
    ]);
  });

  it('an unknown format names every known one', async () => {
    expect(await evt(['lint', fixtureRepo('flat'), '--format', 'html'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: unknown format "html"\nhint: use one of: text, json, sarif, github, junit, markdown\n',
    });
  });
});

describe('--output to something that is not a regular file', () => {
  it('writes through a link to a file: the link stays a link, the file gets the report', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'target.json'), 'old');
    fs.symlinkSync('target.json', path.join(dir, 'report.json'));
    const result = await evt(['lint', fixtureRepo('broken-union'), '--format', 'json', '-o', 'report.json'], dir);
    expect(result.code).toBe(1);
    expect(fs.lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'target.json'), 'utf8')).summary).toEqual({
      error: 2,
      warning: 0,
      info: 0,
      approved: 0,
    });
  });

  it('writes into a device through a link (a link to /dev/null): the device node is never replaced', async () => {
    const dir = tempDir();
    fs.symlinkSync('/dev/null', path.join(dir, 'sink'));
    const result = await evt(['lint', fixtureRepo('broken-union'), '-o', 'sink'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(fs.lstatSync(path.join(dir, 'sink')).isSymbolicLink()).toBe(true);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('--output without its --format', () => {
  it('two -o for one --format is a usage error, and nothing is written', async () => {
    const dir = tempDir();
    expect(await evt(['lint', fixtureRepo('broken-union'), '-o', 'a.txt', '-o', 'b.txt'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'evt: 2 --output files for 1 --format\nhint: give one --format per --output, in the same order (e.g. --format sarif -o evt.sarif --format text)\n',
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
