import { deepEqual, own } from '../engine/json.js';
import { defineRule } from '../../rules/define.js';

/**
 * Keywords that annotate but never reject an instance (2020-12 Validation §9, Core §8): `title`,
 * `description`, `default`, `examples`, `deprecated`, `readOnly`, `writeOnly`, `$comment`, `$id`...
 * `x-` vendor extensions are read as annotations too.
 */
export const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  '$id',
  '$schema',
  '$anchor',
  '$dynamicAnchor',
  '$vocabulary',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'discriminator',
  'example',
  'id',
]);

export function isAnnotation(keyword: string): boolean {
  return ANNOTATION_KEYWORDS.has(keyword) || keyword.startsWith('x-');
}

export const annotationChanged = defineRule({
  id: 'annotation-changed',
  family: 'diff',
  scope: 'node',
  effect: 'neutral',
  docs: {
    summary:
      'Only annotations changed (title, description, default, examples, deprecated, readOnly/writeOnly, $comment, $id, ...).',
    rationale: 'Annotations never reject a payload, so no consumer breaks; reported for the changelog.',
    example: { bad: '(never breaking)', good: '{"description": "old"} -> {"description": "new"}' },
  },
  check: (pair) => {
    const keys = new Set([...Object.keys(pair.old.raw), ...Object.keys(pair.new.raw)].filter(isAnnotation));
    const changed = [...keys].filter((k) => !deepEqual(own(pair.old.raw, k), own(pair.new.raw, k))).sort();
    if (changed.length === 0) return;
    pair.emit({
      effect: 'neutral',
      message: `annotation${changed.length > 1 ? 's' : ''} changed: ${changed.join(', ')}`,
    });
  },
});
