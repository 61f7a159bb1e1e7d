/** Event-name parsing, checks and suggestions: the naming half of `evt lint`, reused by `evt new`. */
export { checkEventName } from './check.js';
export { suggestEventName } from './suggest.js';
