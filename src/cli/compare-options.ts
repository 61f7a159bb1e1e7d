import { Option, type Command } from 'commander';
import type { CompatibilityMode, ContentPolicy } from '../model/config.js';

export interface CompareOpts {
  against?: string;
  mode?: CompatibilityMode;
  policy?: ContentPolicy;
  transitive?: boolean;
  changed?: boolean;
  witnesses?: boolean;
  crossCheck?: boolean;
  config?: string;
}

/** Options shared by `evt diff` and `evt check`; flags override the config. */
export function addCompareOptions(command: Command): Command {
  return command
    .option('--against <ref>', 'compare the working tree with a git revision (branch, tag or commit)')
    .addOption(new Option('--mode <mode>', 'compatibility mode').choices(['backward', 'forward', 'full', 'none']))
    .addOption(new Option('--policy <policy>', 'content-model policy for open objects').choices(['strict', 'lenient']))
    .option('--transitive', 'compare the newest version with every kept earlier one')
    .option('--changed', 'only events whose files changed since --against')
    .option('--witnesses', 'always build witness payloads (default: when at most 200 pairs are compared)')
    .option('--no-witnesses', 'never build witness payloads')
    .option(
      '--cross-check',
      'also ask json-schema-diff; a change it sees and no evt rule explains is reported as unclassified-*',
    )
    .option('-c, --config <file>', 'config file (default: evt.config.yaml in the repo)');
}
