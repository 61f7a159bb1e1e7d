/** Approvals: accepted breaking changes, matched to findings by a stable fingerprint. */
export { fingerprint } from './fingerprint.js';
export { parseApprovals, readApprovals, type Approval } from './file.js';
export { applyApprovals, applyApprovalsToReport, unusedApprovals } from './apply.js';
export { addApprovals } from './write.js';
export { resolveToday } from './today.js';
