import { Option, type Command } from 'commander';
import { EXIT_OK, type CliIO } from '../io.js';
import type { CommandResult } from '../options.js';

export function registerRules(program: Command, io: CliIO, done: CommandResult): void {
  program
    .command('rules')
    .description('list every rule with its id, default severity and summary')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'),
    )
    .action(async (opts: { format: string }) => {
      const { renderRulesMarkdown, ruleCatalog } = await import('../../rules/catalog.js');
      const rules = ruleCatalog();
      if (opts.format === 'json') io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
      else if (opts.format === 'markdown') io.stdout(`${renderRulesMarkdown(rules)}\n`);
      else {
        const width = Math.max(...rules.map((r) => r.id.length));
        for (const r of rules)
          io.stdout(`${r.id.padEnd(width)}  ${r.kind.padEnd(6)}  ${r.defaultSeverity.padEnd(7)}  ${r.summary}\n`);
      }
      done(EXIT_OK);
    });
}
