import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evtProcess as evt } from '../helpers/process.js';
import { PROJECT_ROOT, fixtureRepo } from '../helpers/paths.js';

describe('bin/evt.js exit codes', () => {
  it.each(['flat', 'versioned', 'area-action-state', 'name-versioned', 'configured'])(
    '0: evt lint on the %s fixture (each seed style)',
    (name) => {
      expect(evt(['lint', fixtureRepo(name)])).toEqual({ code: 0, stdout: 'no findings\n', stderr: '' });
    },
  );

  it('1: findings at or above --fail-on', () => {
    const result = evt(['lint', fixtureRepo('broken-union')]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').at(-2)).toBe('2 errors, 0 warnings, 0 info');
  });

  it('2: a directory that does not exist, one line and a hint, no stack', () => {
    expect(evt(['lint', 'no/such/dir'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `evt: no such directory: ${path.join(PROJECT_ROOT, 'no/such/dir')}\nhint: pass the path of a contracts repo\n`,
    });
  });

  it('2: an unknown option', () => {
    expect(evt(['lint', '--nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: unknown option \'--nope\'\nhint: run "evt --help" for usage\n',
    });
  });

  it('2: a bad --fail-on value', () => {
    const result = evt(['lint', '--fail-on', 'fatal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "evt: option '--fail-on <severity>' argument 'fatal' is invalid. Allowed choices are error, warning, info.\nhint: run \"evt --help\" for usage\n",
    );
  });

  it('2: a config file with an unknown key names the key and the likely one', () => {
    const result = evt([
      'lint',
      fixtureRepo('flat'),
      '--config',
      path.join(PROJECT_ROOT, 'fixtures/configs/typo.yaml'),
    ]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `evt: ${path.join(PROJECT_ROOT, 'fixtures/configs/typo.yaml')}: unknown key "naming.segmentCount"; did you mean "naming.segmentCase"?\nhint: see schemas/evt-config.schema.json for every key\n`,
    });
  });

  it('--format json is one JSON object with schemaVersion and findings', () => {
    const result = evt(['lint', fixtureRepo('broken-union'), '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(
      report.findings.map((f: { ruleId: string; severity: string; event: string; file: string; pointer: string }) => [
        f.ruleId,
        f.severity,
        f.event,
        f.file,
        f.pointer,
      ]),
    ).toEqual([
      ['union-missing-literal', 'error', 'seller.verified', 'schemas/seller.verified.schema.json', ''],
      ['union-orphan-literal', 'error', 'kyc.verified', 'src/event-types.ts', ''],
    ]);
  });

  it('severity overrides from config, and --fail-on warning turning warnings into exit 1', () => {
    const args = [
      'lint',
      fixtureRepo('broken-union'),
      '--config',
      'fixtures/configs/union-warn.yaml',
      '--format',
      'json',
    ];
    const relaxed = evt(args);
    expect(relaxed.code).toBe(0);
    expect(
      JSON.parse(relaxed.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`),
    ).toEqual(['union-missing-literal:warning']);
    expect(evt([...args, '--fail-on', 'warning']).code).toBe(1);
  });
});
