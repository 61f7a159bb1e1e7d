import fs from 'node:fs';
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
});
