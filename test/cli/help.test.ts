import { describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';

describe('evt without a command', () => {
  it('prints the help on stdout and exits 0, as `evt --help` does', async () => {
    const bare = await evt([]);
    const help = await evt(['--help']);
    expect(bare.code).toBe(0);
    expect(bare.stderr).toBe('');
    expect(bare.stdout.split('\n')[0]).toBe('Usage: evt [options] [command]');
    expect(bare.stdout).toBe(help.stdout);
    expect(help.code).toBe(0);
  });

  it('an unknown command is a usage error on two real lines', async () => {
    expect(await evt(['frob'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: unknown command \'frob\'\nhint: run "evt --help" for usage\n',
    });
  });
});
