/** Approvals: accepted breaking changes, matched to findings by a stable fingerprint. */
export { fingerprint, type FingerprintInput } from './fingerprint.js';
export { APPROVALS_FILE, APPROVAL_KEYS, parseApprovals, readApprovals, type Approval } from './file.js';
export { applyApprovals, applyApprovalsToReport, unusedApprovals } from './apply.js';
export { addApprovals, type ApproveOptions, type ApproveResult } from './write.js';
export { isIsoDate, resolveToday } from './today.js';
