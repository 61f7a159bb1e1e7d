export { breakDirection, explainBreak, severityOf, type SeverityInput } from './severity.js';
