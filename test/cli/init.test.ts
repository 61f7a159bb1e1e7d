import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractRepo } from '../../src/repo/load.js';
import { evt } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repo-copy.js';

describe('evt init', () => {
  it.each([
    ['flat', 'goodgo'],
    ['versioned', 'sguild'],
    ['area-action-state', 'go4u'],
    ['name-versioned', 'salestalk'],
  ])('writes a config for the %s fixture that evt reads back as the %s layout', async (name, preset) => {
    const dir = copyFixture(name);
    const before = await loadContractRepo(dir);
    expect(await evt(['init', dir])).toEqual({ code: 0, stdout: 'wrote evt.config.yaml\n', stderr: '' });
    const after = await loadContractRepo(dir);
    expect(after.config.source).toBe('evt.config.yaml');
    expect(after.config.preset).toBe(preset);
    expect(after.config.layout).toEqual(
      before.config.layout.envelope
        ? { ...before.config.layout, envelope: before.envelope?.file }
        : before.config.layout,
    );
    expect(after.events.map((e) => e.name)).toEqual(before.events.map((e) => e.name));
  });

  it('never overwrites an existing config without --force', async () => {
    const dir = copyFixture('configured');
    const original = fs.readFileSync(path.join(dir, 'evt.config.yaml'), 'utf8');
    expect(await evt(['init', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'evt: evt.config.yaml already exists\nhint: pass --force to overwrite it, or --stdout to print the starter config\n',
    });
    expect(fs.readFileSync(path.join(dir, 'evt.config.yaml'), 'utf8')).toBe(original);
    expect((await evt(['init', dir, '--force'])).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'evt.config.yaml'), 'utf8')).toContain(
      '    - "events/{aggregate}/{action}/{version}.schema.yaml"\n',
    );
  });

  it('writes only what differs from the preset, so changing `preset:` really switches the defaults', async () => {
    const dir = copyFixture('versioned');
    expect((await evt(['init', dir])).code).toBe(0);
    const file = path.join(dir, 'evt.config.yaml');
    const written = fs.readFileSync(file, 'utf8');
    // every section key is commented out: the detected layout is the sguild preset's own
    expect(written.split('\n').filter((line) => /^\s+[a-zA-Z]/.test(line))).toEqual([]);
    expect((await loadContractRepo(dir)).config.compatibility.unknownFields).toBe('ignore');
    fs.writeFileSync(file, written.replace('preset: sguild', 'preset: goodgo'));
    const switched = (await loadContractRepo(dir)).config;
    expect(switched.layout.schemas).toEqual(['schemas/{event}.schema.json']);
    expect(switched.compatibility.unknownFields).toBe('reject');
  });

  it('--preset starts from the named preset; an unknown one is a usage error', async () => {
    // an empty repo: nothing detected differs from the preset, so no key is set
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-init-'));
    const result = await evt(['init', dir, '--preset', 'salestalk', '--stdout']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\npreset: salestalk\n');
    expect(result.stdout).toContain('  # unknownFields: "ignore"');
    expect(result.stdout).toContain('  # "enum-value-added": "info"   # from the preset');
    expect(result.stdout).not.toMatch(/^layout:/m);
    expect(await evt(['init', dir, '--preset', 'acme', '--stdout'])).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining("option '--preset <name>' argument 'acme' is invalid"),
    });
  });
});
