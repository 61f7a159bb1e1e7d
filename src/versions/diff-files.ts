/**
 * `evt diff old.json new.json`: two schema files (JSON or YAML) outside any repo model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EvtError } from '../model/errors.js';
import { createReport, type Report } from '../model/report.js';
import { ruleCatalog } from '../rules/catalog.js';
import type { SchemaDoc } from '../model/repo.js';
import { MAX_SCHEMA_BYTES, parseSchemaText, type SchemaSource } from '../repo/parse.js';
import { addPositions, docsByFile } from '../repo/source-map.js';
import { toRepoPath } from '../util/paths.js';
import { DEFAULT_COMPATIBILITY, type RunRequest } from '../pipeline/request.js';
import { engineDiffer } from './differ.js';
import { lastWinsNote } from './last-wins.js';

/** The run's own options, as `evt diff a.json b.json` takes them (there is no config to override). */
type DiffFilesOptions = Pick<RunRequest, 'mode' | 'policy' | 'crossCheck'> & { witnesses?: boolean };

/** Defaults as for a repo without config (DEFAULT_COMPATIBILITY: full compatibility, lenient content model). */
export async function diffFiles(
  [oldFile, newFile]: [string, string],
  cwd: string,
  options: DiffFilesOptions,
): Promise<Report> {
  const [previous, current] = [readSchema(oldFile, cwd), readSchema(newFile, cwd)];
  const differ = engineDiffer({ witnesses: options.witnesses ?? true, crossCheck: options.crossCheck });
  const [from, to] = [path.basename(oldFile), path.basename(newFile)];
  const versions = from === to ? { from: 'old', to: 'new' } : { from, to };
  const result = await differ(previous, current, {
    mode: options.mode ?? DEFAULT_COMPATIBILITY.mode,
    policy: options.policy ?? DEFAULT_COMPATIBILITY.policy,
    rules: {},
    versions,
  });
  const findings = addPositions(result.findings, docsByFile([previous, current]));
  const notes = [...[previous, current].filter((doc) => doc.parseError).map(lastWinsNote), ...result.notes];
  return createReport('diff', cwd, findings, notes, ruleCatalog());
}

function readSchema(file: string, cwd: string): SchemaDoc {
  const shown = toRepoPath(cwd, file);
  let source: SchemaSource;
  try {
    // bytes, so parse can check UTF-8 strictly; a regular file over the cap is not read at all
    // (pipes such as <(git show HEAD:a.json) stay readable)
    const stat = fs.statSync(file);
    source = stat.isFile() && stat.size > MAX_SCHEMA_BYTES ? { oversized: stat.size } : fs.readFileSync(file);
  } catch (error) {
    throw new EvtError(
      `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      'evt diff old.json new.json',
    );
  }
  const doc = parseSchemaText(shown, source);
  if (doc.parseError && doc.json === undefined)
    throw new EvtError(
      `${shown}:${doc.parseError.line}:${doc.parseError.column}: ${doc.parseError.message}`,
      `fix the ${path.extname(file).slice(1) || 'JSON'} syntax`,
    );
  return doc;
}
