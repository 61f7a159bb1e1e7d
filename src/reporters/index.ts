import { renderJson } from './json.js';
import { renderText } from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';

/** Reporters by --format name. */
export const REPORTERS: Record<string, Reporter> = {
  text: renderText,
  json: renderJson,
};
