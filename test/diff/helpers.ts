import fs from 'node:fs';
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import type { Finding } from '../../src/model/finding.js';

export { PROJECT_ROOT as repoRoot, SHARED as sharedDir } from '../helpers/paths.js';

/** JSON with trailing commas (Confluent's 2020-12 corpus has them): drop them outside strings. */
function parseLenientJson(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 64))) {
    } else out += c;
  }
  return JSON.parse(out);
}

export function readJson(file: string): unknown {
  return parseLenientJson(fs.readFileSync(file, 'utf8'));
}

// CommonJS with `exports.default`, as in src/schemas/drafts.ts
const addFormats = addFormatsModule.default;
const Draft04 = AjvDraft04.default;

/** An ajv independent of evt's cache: the test re-checks witnesses with its own validators. */
function validatorFor(schema: unknown): (data: unknown) => boolean {
  const uri =
    typeof schema === 'object' && schema !== null ? String((schema as { $schema?: unknown }).$schema ?? '') : '';
  const options = { strict: false, logger: false, allowUnionTypes: true } as const;
  const ajv = uri.includes('draft-04')
    ? new Draft04(options)
    : uri.includes('2020-12')
      ? new Ajv2020(options)
      : uri.includes('2019-09')
        ? new Ajv2019(options)
        : new Ajv(options);
  addFormats(ajv as never);
  const validate = ajv.compile(schema as object);
  return (data) => validate(data) === true;
}

/** Every witness must be accepted by exactly the side it names and rejected by the other. */
export function expectVerifiedWitnesses(findings: Finding[], oldDoc: unknown, newDoc: unknown): number {
  let count = 0;
  for (const finding of findings) {
    if (!finding.witness) continue;
    const accepting = finding.witness.acceptedBy === 'old' ? oldDoc : newDoc;
    const rejecting = finding.witness.acceptedBy === 'old' ? newDoc : oldDoc;
    expect(
      validatorFor(accepting)(finding.witness.payload),
      `${finding.ruleId} witness accepted by ${finding.witness.acceptedBy}`,
    ).toBe(true);
    expect(
      validatorFor(rejecting)(finding.witness.payload),
      `${finding.ruleId} witness rejected by the other side`,
    ).toBe(false);
    count++;
  }
  return count;
}

export function isBreaking(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
