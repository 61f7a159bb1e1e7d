/**
 * The reporters by --format name, each imported when asked for: the SARIF reporter pulls in the
 * whole rule catalog (every rule module), which a text or JSON report does not need.
 * Same names and functions as REPORTERS (index.ts); a test keeps the two in step.
 */
import type { Reporter } from './types.js';

export const REPORTER_LOADERS: Record<string, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).renderText,
  json: async () => (await import('./json.js')).renderJson,
  sarif: async () => (await import('./sarif.js')).renderSarif,
  github: async () => (await import('./github.js')).renderGithub,
  junit: async () => (await import('./junit.js')).renderJunit,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
};
