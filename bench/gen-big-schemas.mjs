#!/usr/bin/env node
// gen-big-schemas.mjs DIR [--schemas 200] [--defaults 300] [--seed 1]: a repo of big payload schemas,
// shaped like public configuration and webhook schemas: every schema a few hundred properties, each
// with a `default` (some also `examples`), nested objects and a chain of `$defs` 40 deep that each
// property group refers to; one schema in ten is ~1.5 MB with over a thousand defaults. A handful of
// defaults are invalid on purpose, so the check has something to find. Deterministic for a seed.
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const dir = path.resolve(argv[0] ?? 'big-schemas');
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const schemas = opt('schemas', 200);
const defaults = opt('defaults', 300);
let seed = opt('seed', 1);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const KINDS = [
  () => ({ type: 'string', maxLength: 64, default: 'value' }),
  () => ({ type: 'integer', minimum: 0, maximum: 1000, default: Math.floor(random() * 1000) }),
  () => ({ type: 'boolean', default: random() < 0.5 }),
  () => ({ type: 'string', enum: ['low', 'medium', 'high'], default: 'medium', examples: ['low'] }),
  () => ({ type: 'array', items: { type: 'string' }, default: [] }),
  () => ({ $ref: '#/$defs/level0', default: { name: 'n', level1: { name: 'm' } } }),
];

function defsChain(depth) {
  const defs = {};
  for (let i = 0; i < depth; i++)
    defs[`level${i}`] = {
      type: 'object',
      properties: {
        name: { type: 'string', default: `level ${i}` },
        ...(i + 1 < depth ? { [`level${i + 1}`]: { $ref: `#/$defs/level${i + 1}` } } : {}),
      },
      additionalProperties: false,
    };
  return defs;
}

function schema(n, count) {
  const groups = {};
  for (let g = 0; g * 50 < count; g++) {
    const properties = {};
    for (let p = 0; p < 50 && g * 50 + p < count; p++) {
      const property = KINDS[(g * 50 + p) % KINDS.length]();
      // one invalid default in a few hundred: a string where an integer is declared
      if (random() < 0.003 && property.type === 'integer') property.default = 'many';
      properties[`setting_${g}_${p}`] = { description: `Setting ${p} of group ${g} (${'x'.repeat(40)}).`, ...property };
    }
    groups[`group_${g}`] = { type: 'object', properties, additionalProperties: false, default: {} };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://big.evt.invalid/schemas/config.changed_${n}.schema.json`,
    title: `config.changed_${n}`,
    type: 'object',
    properties: groups,
    $defs: defsChain(40),
  };
}

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'schemas'), { recursive: true });
fs.writeFileSync(path.join(dir, 'evt.config.yaml'), "layout:\n  schemas: ['schemas/{event}.schema.json']\n");
for (let n = 0; n < schemas; n++) {
  const big = n % 10 === 0;
  fs.writeFileSync(
    path.join(dir, 'schemas', `config.changed_${n}.schema.json`),
    `${JSON.stringify(schema(n, big ? defaults * 4 : defaults), null, 2)}\n`,
  );
}
process.stderr.write(`${schemas} schemas in ${dir}\n`);
