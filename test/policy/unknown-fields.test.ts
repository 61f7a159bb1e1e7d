/**
 * The consumers' policy for unknown fields decides whether a field added to a closed object breaks
 * old consumers: goodgo's consumers validate (reject), so it does; with `ignore` it does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { presetConfig } from '../../src/repo/presets.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function addOptionalField(config: string) {
  const dir = gitRepoFrom('flat');
  temps.push(dir);
  fs.writeFileSync(path.join(dir, 'evt.config.yaml'), config);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'config');
  // seller.verified is closed (additionalProperties: false)
  editJson(path.join(dir, 'schemas/seller.verified.schema.json'), (s) => {
    s.properties.reviewer = { type: 'string' };
  });
  const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json']);
  const findings = JSON.parse(result.stdout).findings as Finding[];
  return {
    code: result.code,
    rows: findings.map((f) => `${f.severity} ${f.ruleId} ${f.breaks ?? '-'} ${f.pointer}`),
    messages: findings.map((f) => f.message),
  };
}

describe('compatibility.unknownFields', () => {
  it('reject (goodgo): an optional field added to a closed object breaks old consumers', async () => {
    expect(await addOptionalField('preset: goodgo\n')).toEqual({
      code: 1,
      rows: ['error property-added-optional old-consumers /properties/reviewer'],
      // a flat layout has no versions: the advice never says "publish a new major version"
      messages: [
        'Optional property `reviewer` added; the old object is closed (additionalProperties: false), so old consumers that validate reject events carrying it as an unknown property. Old consumers (still on the previous schema) that validate will reject events written under the new one (forward): upgrade consumers before producers, or keep the old shape accepted.',
      ],
    });
  });

  it('ignore: the same field is compatible in place', async () => {
    expect(await addOptionalField('preset: goodgo\ncompatibility:\n  unknownFields: ignore\n')).toMatchObject({
      code: 0,
      rows: ['info property-added-optional - /properties/reviewer'],
    });
  });

  it('each preset states its consumers’ policy', () => {
    const policies = (['default', 'goodgo', 'sguild', 'go4u', 'salestalk'] as const).map(
      (p) => `${p}: ${presetConfig(p).compatibility.unknownFields}`,
    );
    expect(policies).toEqual([
      'default: reject',
      'goodgo: reject',
      'sguild: ignore',
      'go4u: ignore',
      'salestalk: ignore',
    ]);
  });
});
