/**
 * Parses one schema file, JSON or YAML, into a SchemaDoc. A syntax error becomes `parseError` with
 * a 1-based line and column; it never throws.
 */
import YAML from 'yaml';
import type { ParseError, SchemaDoc, SourceFormat } from '../model/repo.js';
import { describeYamlError } from './yaml-error.js';

/** YAML alias expansion is capped so a billion-laughs file is an error, not an out-of-memory. */
const YAML_MAX_ALIAS_COUNT = 100;

export function formatOf(file: string): SourceFormat {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

export function parseSchemaText(file: string, rawText: string): SchemaDoc {
  // A UTF-8 BOM is legal in files but not in JSON.parse's grammar; strip it (editors add it).
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const format = formatOf(file);
  const result = format === 'yaml' ? parseYaml(text) : parseJson(text);
  return { file, format, text, json: result.value, ...(result.error ? { parseError: result.error } : {}) };
}

function parseJson(text: string): { value?: unknown; error?: ParseError } {
  if (text.trim() === '') return { error: { message: 'empty file', line: 1, column: 1 } };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    return { error: { message: cleanJsonMessage(message), ...positionOfJsonError(text, message) } };
  }
}

function cleanJsonMessage(message: string): string {
  return message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}

/** V8 reports either "(line L column C)" or "at position N"; both are turned into line/column. */
export function positionOfJsonError(text: string, message: string): { line: number; column: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  return lineColumnAt(text, offset);
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function parseYaml(text: string): { value?: unknown; error?: ParseError } {
  if (text.trim() === '') return { error: { message: 'empty file', line: 1, column: 1 } };
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  // an unknown tag (`!!python/object`) only warns in `yaml`; for a schema it is an error
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) return { error: describeYamlError(problem) };
  try {
    return { value: doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT }) };
  } catch (error) {
    return { error: { message: (error as Error).message.split('\n')[0]!, line: 1, column: 1 } };
  }
}
