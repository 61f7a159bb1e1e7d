import type { RunRequest } from '../pipeline/request.js';
import type { FileSelection } from '../repo/load.js';
import { pairedFiles } from '../repo/scope.js';

/**
 * A diff of kept versions needs only the files it pairs (a third of a typical repo is
 * single-version events): lint and `--against` need them all.
 */
export function filesToRead(request: Pick<RunRequest, 'lint' | 'against'>): FileSelection | undefined {
  return request.lint || request.against ? undefined : pairedFiles;
}
