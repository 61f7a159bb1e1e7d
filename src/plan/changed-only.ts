/**
 * The changed-only plan, `--changed --against <ref>`: git says which files changed and lists the
 * tree (src/repo/git.ts changedSince), and only what the changed files need is read: their events'
 * every version, the envelope, registry and union (src/repo/scope.ts narrowToChanged). A PR
 * touching ten events of ten thousand reads a few dozen files. Rules over the whole repo are left
 * out, and only findings of the changed events and files are kept.
 */
import type { Report } from '../model/report.js';
import { changedSince, openGitRevision } from '../repo/git.js';
import { gitListedTree, loadContractRepo } from '../repo/load.js';
import { narrowToChanged } from '../repo/scope.js';
import { hasCrossFileRefs } from '../pipeline/cross-file-refs.js';
import { reportStage } from '../pipeline/report.js';
import type { RunRequest } from '../pipeline/request.js';
import { changedScope, checkRepo } from '../pipeline/run-check.js';
import { openCache, type RunSetup } from './serial.js';

export async function runChangedOnly(
  root: string,
  request: RunRequest & { against: string },
  setup: RunSetup,
): Promise<Report> {
  // The base revision is opened (its commit resolved, its tree listed) while git lists the working
  // tree, the longest wait of this plan. A failure to open it is reported by changedSince, which
  // fails the same way and is awaited first.
  const opening = openGitRevision(root, request.against);
  opening.catch(() => undefined);
  try {
    const { changed, files } = await changedSince(root, request.against);
    const revision = await opening;
    const partial = await loadContractRepo(root, {
      configFile: setup.configFile,
      reader: gitListedTree(root, files, changed),
      only: (listed, config) => narrowToChanged(listed, config, changed),
    });
    // A `$ref` to another file needs that file (and its findings depend on it): read everything.
    const whole = hasCrossFileRefs(partial)
      ? await loadContractRepo(root, { configFile: setup.configFile })
      : undefined;
    const repo = whole ?? partial;
    const scope = changedScope(repo, changed, whole === undefined);
    const tools = { progress: setup.progress, cache: openCache(repo, setup), revision };
    return reportStage(repo, request, await checkRepo(repo, request, tools, scope));
  } finally {
    // closing twice is harmless: the diff stage closes it once it has read the base
    await (await opening.catch(() => undefined))?.close();
  }
}
