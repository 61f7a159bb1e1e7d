/** scaffold.templates: a per-repo payload template replaces the generated schema. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';
import { changedPaths, copyFixture, read, snapshot } from '../helpers/repo-copy.js';

const TEMPLATE = `{
  "$schema": "{{schema}}",
  "$id": "{{id}}",
  "title": "{{title}}",
  "description": "{{description}}",
  "x-owner": "team-{{name}}",
  "type": "object",
  "additionalProperties": false,
  "properties": {}
}
`;

describe('scaffold.templates', () => {
  it('renders payload.json with {{name}}, {{description}}, {{id}}, {{title}}, {{schema}}', async () => {
    const dir = copyFixture('flat');
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'scaffold:\n  templates: evt-templates\n');
    fs.mkdirSync(path.join(dir, 'evt-templates'));
    fs.writeFileSync(path.join(dir, 'evt-templates/payload.json'), TEMPLATE);
    const before = snapshot(dir);
    expect((await evt(['new', 'refund.issued', '--description', 'Money went back "home".', dir])).code).toBe(0);
    expect(changedPaths(before, snapshot(dir))).toEqual(['schemas/refund.issued.schema.json', 'src/event-types.ts']);
    expect(read(dir, 'schemas/refund.issued.schema.json')).toBe(`{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.shopfront.test/events/refund.issued.schema.json",
  "title": "refund.issued",
  "description": "Money went back \\"home\\".",
  "x-owner": "team-refund.issued",
  "type": "object",
  "additionalProperties": false,
  "properties": {}
}
`);
    expect((await evt(['lint', dir])).code).toBe(0);
  });

  it('a template that does not render to valid JSON is exit 2, nothing written', async () => {
    const dir = copyFixture('flat');
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'scaffold:\n  templates: evt-templates\n');
    fs.mkdirSync(path.join(dir, 'evt-templates'));
    fs.writeFileSync(path.join(dir, 'evt-templates/payload.json'), '{ "title": "{{title}}", }\n');
    const before = snapshot(dir);
    const result = await evt(['new', 'refund.issued', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^evt: evt-templates\/payload\.json: the rendered template is not valid json: .+ \(line 1\)\nhint: fix the template; placeholders are/,
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
