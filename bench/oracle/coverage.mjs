// What the grammar produced, read back from the generated documents (not from the generator's own
// bookkeeping), so the coverage check also catches a spelling the generator got wrong for a draft.
import { everyNode, isSchemaObject } from './schema-walk.mjs';

const PLAIN = [
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  '$ref',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'required',
  'minProperties',
  'maxProperties',
  'minItems',
  'maxItems',
  'uniqueItems',
];

/** The grammar items one schema document uses, with draft-specific spellings told apart. */
export function grammarFeatures(schema) {
  const features = new Set();
  for (const node of everyNode(schema)) {
    if (!isSchemaObject(node)) continue;
    const types = [node.type].flat().filter((type) => typeof type === 'string');
    for (const type of types) features.add(`type:${type}`);
    if (types.length > 1 && types.includes('null')) features.add('nullable:type-list');
    if (Array.isArray(node.anyOf) && node.anyOf.some((branch) => isSchemaObject(branch) && branch.type === 'null'))
      features.add('nullable:anyOf');
    for (const key of PLAIN) if (Object.hasOwn(node, key)) features.add(key);
    for (const key of ['exclusiveMinimum', 'exclusiveMaximum'])
      if (Object.hasOwn(node, key)) features.add(`exclusive:${typeof node[key]}`);
    if (Object.hasOwn(node, 'if')) features.add(node.then || node.else ? 'if-then-else' : 'if-alone');
    if (Object.hasOwn(node, '$defs')) features.add('defs:$defs');
    if (Object.hasOwn(node, 'definitions')) features.add('defs:definitions');
    if (Array.isArray(node.prefixItems)) features.add('tuple:prefixItems');
    if (Array.isArray(node.items)) features.add('tuple:items-array');
    if (Object.hasOwn(node, 'additionalItems')) features.add('additionalItems');
    if (Object.hasOwn(node, 'dependentRequired')) features.add('dependent:dependentRequired');
    if (Object.hasOwn(node, 'dependencies')) features.add('dependent:dependencies');
  }
  return features;
}
