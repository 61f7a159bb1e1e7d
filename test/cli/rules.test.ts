import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown, ruleCatalog } from '../../src/rules/catalog.js';
import { evt } from '../helpers/cli.js';

describe('evt rules', () => {
  it('--format json is the rule catalog', async () => {
    const result = await evt(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(ruleCatalog());
  });

  it('--format markdown is the README table', async () => {
    expect(await evt(['rules', '--format', 'markdown'])).toEqual({
      code: 0,
      stdout: `${renderRulesMarkdown()}\n`,
      stderr: '',
    });
  });

  it('text: one line per rule with id, kind, default severity and summary', async () => {
    const lines = (await evt(['rules'])).stdout.trimEnd().split('\n');
    expect(lines.length).toBe(ruleCatalog().length);
    expect(lines.find((l) => l.startsWith('name-past-tense '))).toMatch(/^name-past-tense +name +warning +\S/);
    expect(lines.find((l) => l.startsWith('property-removed '))).toMatch(/^property-removed +diff +by mode +\S/);
  });
});
