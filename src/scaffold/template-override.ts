/**
 * Per-repo template overrides: `scaffold.templates: <folder>` in evt.config.yaml names a folder
 * with `payload.json` (or `payload.yaml`); `{{name}}`, `{{version}}`, `{{description}}`, `{{id}}`,
 * `{{title}}` and `{{schema}}` are replaced (JSON-string escaped) and the result is used as the
 * new payload schema as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EvtError } from '../model/errors.js';
import type { ContractRepo } from '../model/repo.js';
import { parseSchemaText } from '../repo/parse.js';
import { isInside } from '../util/paths.js';

export type TemplateValues = Record<'name' | 'version' | 'description' | 'id' | 'title' | 'schema', string>;

export function renderPayloadOverride(repo: ContractRepo, file: string, values: TemplateValues): string | undefined {
  const folder = repo.config.scaffold.templates;
  if (!folder) return undefined;
  const dir = path.resolve(repo.root, folder);
  if (!fs.existsSync(dir))
    throw new EvtError(
      `scaffold.templates folder not found: ${folder}`,
      'create it, or remove scaffold.templates from evt.config.yaml',
    );
  if (!isInside(fs.realpathSync(repo.root), fs.realpathSync(dir)))
    throw new EvtError(`scaffold.templates must be inside the repo: ${folder}`);
  const wantYaml = /\.ya?ml$/i.test(file);
  const candidates = wantYaml
    ? ['payload.yaml', 'payload.yml', 'payload.json']
    : ['payload.json', 'payload.yaml', 'payload.yml'];
  const name = candidates.find((c) => fs.existsSync(path.join(dir, c)));
  if (!name) return undefined;
  const source = fs.readFileSync(path.join(dir, name), 'utf8');
  const text = source.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in values ? JSON.stringify(values[key as keyof TemplateValues]).slice(1, -1) : whole,
  );
  const parsed = parseSchemaText(`${folder}/${name}`, text);
  if (parsed.parseError)
    throw new EvtError(
      `${folder}/${name}: the rendered template is not valid ${parsed.format}: ${parsed.parseError.message} (line ${parsed.parseError.line})`,
      'fix the template; placeholders are {{name}}, {{version}}, {{description}}, {{id}}, {{title}}, {{schema}}',
    );
  // a .json template for a .yaml layout (or the reverse) is converted; same format is used verbatim
  if (/\.ya?ml$/i.test(name) === wantYaml) return text;
  return wantYaml ? undefined : `${JSON.stringify(parsed.json, null, 2)}\n`;
}
