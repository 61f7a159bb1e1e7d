/**
 * `--against <ref>`: the repo as it was at a git revision, read from git objects (one
 * `git cat-file --batch` process; no checkout), and the pairs that compare it with the tree.
 */
import type { ContractRepo, EventVersion, VersionPair } from '../model/repo.js';
import { openGitRevision, type GitRevision } from '../repo/git.js';
import { loadContractRepo } from '../repo/load.js';
import { eventOfFile } from '../repo/scope.js';
import { compileTemplate } from '../repo/templates.js';
import { compareVersions } from '../repo/versions.js';

/**
 * `base`: the ref, or the revision already opened (and then closed here, like one opened here).
 * `events`: read only these events' files (`--changed`); default every schema file.
 */
export async function loadRepoAtRevision(
  repo: ContractRepo,
  base: string | GitRevision,
  events?: ReadonlySet<string>,
): Promise<ContractRepo> {
  const revision = typeof base === 'string' ? await openGitRevision(repo.root, base) : base;
  try {
    const templates = repo.config.layout.schemas.map(compileTemplate);
    // the registry and union as the base had them: what was published there, and who depends on it
    const listings = new Set([repo.registry?.doc.file, repo.union?.file, repo.config.layout.registry]);
    const wanted = revision
      .listFiles()
      .filter(
        (f) =>
          listings.has(f) ||
          (events
            ? events.has(eventOfFile(f, repo.config, templates) ?? '\0')
            : templates.some((t) => t.regex.test(f))),
      );
    const texts = new Map<string, string>();
    for (const file of wanted) {
      const text = await revision.readFile(file);
      if (text !== undefined) texts.set(file, text);
    }
    // the tree's config: the revision is read as the layout the tree has now
    return await loadContractRepo(repo.root, {
      resolvedConfig: repo.config,
      reader: () => ({ files: [...texts.keys()], linkedDirs: [], read: (file) => texts.get(file) }),
      only: (files) => files.filter((f) => texts.has(f)),
    });
  } finally {
    await revision.close();
  }
}

/**
 * What changed since the base: a kept version whose file differs from the base's (published
 * versions must not break in place; in flat layouts this is the only pair), each version added
 * since the base against its predecessor in the tree, and each version removed since the base
 * against the kept version that follows it (deleting v1 must not hide the v1 -> v2 breaks).
 */
export function pairAgainst(current: ContractRepo, base: ContractRepo): VersionPair[] {
  const baseVersions = new Map<string, EventVersion>();
  for (const event of base.events) for (const v of event.versions) baseVersions.set(key(event.name, v), v);
  const kept = new Set(current.events.flatMap((e) => e.versions.map((v) => key(e.name, v))));
  const pairs: VersionPair[] = [];
  for (const event of current.events) {
    event.versions.forEach((v, i) => {
      const before = baseVersions.get(key(event.name, v));
      if (before) {
        if (before.doc.text !== v.doc.text)
          pairs.push({ event: event.name, previous: before, current: v, origin: 'git' });
      } else if (i > 0) {
        pairs.push({ event: event.name, previous: event.versions[i - 1]!, current: v, origin: 'tree' });
      }
    });
    const removed = base.events
      .find((e) => e.name === event.name)
      ?.versions.filter((v) => v.version && !kept.has(key(event.name, v)));
    for (const gone of removed ?? []) {
      const successor = event.versions.find((v) => v.version && compareVersions(v.version, gone.version!) > 0);
      if (successor) pairs.push({ event: event.name, previous: gone, current: successor, origin: 'git' });
    }
  }
  return pairs;
}

function key(event: string, v: EventVersion): string {
  return `${event}@${v.version?.raw ?? ''}`;
}
