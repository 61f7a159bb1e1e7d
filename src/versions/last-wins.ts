/** The note a diff adds when it compares a file with a duplicate key as JSON.parse and ajv read it. */
import type { SchemaDoc } from '../model/repo.js';

export function lastWinsNote(doc: SchemaDoc): string {
  return `${doc.file} has a duplicate key (${doc.parseError?.message}): compared as JSON.parse and ajv read it, the last one winning`;
}
