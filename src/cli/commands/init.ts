import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { PRESET_NAMES, type PresetName } from '../../model/config.js';
import { EvtError } from '../../model/errors.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { EXIT_OK, type CliIO } from '../io.js';
import type { CommandResult } from '../options.js';

export function registerInit(program: Command, io: CliIO, done: CommandResult): void {
  program
    .command('init')
    .description('write a commented evt.config.yaml for the layout evt detects')
    .argument('[dir]', 'contracts repo', '.')
    .option('--force', 'overwrite an existing evt.config.yaml')
    .option('--stdout', 'print the config instead of writing it')
    .addOption(
      new Option('--preset <name>', 'start from this preset instead of the detected one').choices([...PRESET_NAMES]),
    )
    .action(async (dir: string, opts: { force?: boolean; stdout?: boolean; preset?: PresetName }) => {
      const root = path.resolve(io.cwd, dir);
      const target = path.join(root, 'evt.config.yaml');
      if (!opts.stdout && fs.existsSync(target) && !opts.force)
        throw new EvtError(
          'evt.config.yaml already exists',
          'pass --force to overwrite it, or --stdout to print the starter config',
        );
      // with --force an existing config is the starting point, so a re-init keeps its layout
      const [{ renderStarterConfig }, { loadContractRepo }, { readConfigFile, resolveConfig }] = await Promise.all([
        import('../../init/render-config.js'),
        import('../../repo/load.js'),
        import('../../repo/config.js'),
      ]);
      // --preset: the existing config's own keys over the chosen preset, instead of the detected one
      const resolvedConfig = opts.preset
        ? resolveConfig({ ...readConfigFile(root).raw, preset: opts.preset }, opts.preset)
        : undefined;
      const text = renderStarterConfig(await loadContractRepo(root, resolvedConfig ? { resolvedConfig } : {}));
      if (opts.stdout) io.stdout(text);
      else {
        writeFileAtomic(target, text);
        io.stdout(`wrote evt.config.yaml\n`);
      }
      done(EXIT_OK);
    });
}
