/**
 * The schema layer: draft detection and ajv setup, the shared per-document index, ref resolution
 * and example checking. The schema lint rules are in the rule registry (src/rules/index.ts).
 */
export { DRAFTS, DEFAULT_DRAFT, draftOf, draftFromUri, createAjv, KNOWN_FORMATS, type Draft } from './drafts.js';
export { analyzeRepo, analyzeDoc, type AnalyzedDoc } from './analyze.js';
export { indexSchema, MAX_DEPTH, type SchemaIndex, type CompileProblem, type WalkOptions } from './walk.js';
export { dialectOf, metaSchemaFor, type Dialect, type Keyword, type KeywordShape } from './meta.js';
export { checkRefs, refGraph, type RefCheck, type RefGraph, type RefProblem } from './refs.js';
export { checkExamples, type ExampleProblem } from './examples.js';
export { boundedRegExp, rejectedBy, regexError, RegexTimeoutError, MATCH_TIMEOUT_MS } from './regex.js';
export { eventTypeProperty, rejections, EVENT_TYPE_FIELDS } from './envelope.js';
