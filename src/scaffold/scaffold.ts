/**
 * scaffoldEvent: the whole of `evt new` as a library call. Under the repo lock: load the repo,
 * plan, and (unless dry run) apply the plan transactionally. A dry run takes no lock: it writes
 * nothing, not even the lock file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EvtError } from '../model/errors.js';
import { loadContractRepo } from '../repo/load.js';
import { applyPlan, type ApplyHooks } from './apply.js';
import { withRepoLock } from './lock.js';
import { planScaffold, type ScaffoldRequest } from './plan-scaffold.js';
import type { ScaffoldPlan } from './plan.js';

export interface ScaffoldOptions {
  dryRun?: boolean;
  /** Config file path (default: evt.config.yaml in the repo). */
  configFile?: string;
  hooks?: ApplyHooks & {
    /** Test hook: runs while the lock is held, before the repo is read. */
    whileLocked?: () => Promise<void> | void;
  };
}

export async function scaffoldEvent(
  dir: string,
  request: ScaffoldRequest,
  options: ScaffoldOptions = {},
): Promise<ScaffoldPlan> {
  const root = path.resolve(dir);
  const plan = async (): Promise<ScaffoldPlan> =>
    planScaffold(await loadContractRepo(root, { configFile: options.configFile }), request);
  if (options.dryRun) return plan();
  if (!fs.statSync(root, { throwIfNoEntry: false })?.isDirectory())
    throw new EvtError(`no such directory: ${root}`, 'pass the path of a contracts repo');
  return withRepoLock(root, `evt new ${request.name}`, async () => {
    await options.hooks?.whileLocked?.();
    const result = await plan();
    if (result.files.length) applyPlan(result, options.hooks);
    return result;
  });
}
