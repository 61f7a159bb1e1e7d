import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Reporter } from './types.js';
import { forDisplay } from './untrusted.js';

export type { Reporter, ReporterOptions } from './types.js';

/** A reporter for people and CI logs: it sees the report with repo text made printable. */
const forPeople =
  (render: Reporter): Reporter =>
  (report, options) =>
    render(forDisplay(report), options);

/**
 * Reporters by --format name. json and sarif are data for programs: they keep repo text exact
 * (sarif escapes only what it shows; see sarif.ts) and never print a raw control character.
 */
export const REPORTERS: Record<string, Reporter> = {
  text: forPeople(renderText),
  json: renderJson,
  sarif: renderSarif,
  github: forPeople(renderGithub),
  junit: forPeople(renderJunit),
  markdown: forPeople(renderMarkdown),
};
