import { editorSlug, fillPath, packFolder, packPath } from './config';
import {
  type Author,
  type CommitResult,
  checkout,
  commitFiles,
  type Remote,
  readFolder,
} from './git';

/**
 * The team's three actions on the repository, free of storage and of the page: the Team
 * view feeds them the pack and the rendered issue, the tests call them directly.
 */

export type { Remote } from './git';
export { checkRemote } from './git';

/** The commit's author: the editor's name, and an address git accepts but no one reads. */
export function authorOf(editor: string): Author {
  return { name: editor, email: `${editorSlug(editor) || 'editor'}@digest-clipper.invalid` };
}

export interface Shared extends CommitResult {
  path: string;
}

/** Commits this editor's pack for the issue as its own file, then pushes. */
export async function sharePack(
  remote: Remote,
  issueDate: string,
  editor: string,
  packText: string,
): Promise<Shared> {
  const path = packPath(remote.config, issueDate, editor);
  const result = await commitFiles(
    remote,
    { [path]: packText },
    `Clips of ${editor} for the issue of ${issueDate}`,
    authorOf(editor),
  );
  return { ...result, path };
}

export interface TeamPackText {
  /** Path in the repository. */
  name: string;
  text: string;
}

/** Teammates' packs for the issue: every `.json` in its folder except this editor's own. */
export async function fetchTeamPacks(
  remote: Remote,
  issueDate: string,
  editor: string,
): Promise<{ head: string; packs: TeamPackText[] }> {
  const work = await checkout(remote);
  const folder = packFolder(remote.config, issueDate);
  const own = packPath(remote.config, issueDate, editor);
  const packs = [...(await readFolder(work, folder))]
    .map(([file, text]) => ({ name: `${folder}/${file}`, text }))
    .filter(({ name }) => name.endsWith('.json') && name !== own);
  return { head: work.head, packs };
}

export interface PushedIssue extends CommitResult {
  path: string;
}

/**
 * Commits the rendered issue at the configured path (by default `stylePath`, where the
 * issue's house style says its site expects it), then pushes.
 */
export async function pushIssueFile(
  remote: Remote,
  issue: { date: string; number: number | null; title: string },
  editor: string,
  markdown: string,
  stylePath: string,
): Promise<PushedIssue> {
  const path = remote.config.publishPath
    ? fillPath(remote.config.publishPath, issue.date, issue.number)
    : stylePath;
  const result = await commitFiles(
    remote,
    { [path]: markdown },
    `Publish ${issue.title} (${issue.date})`,
    authorOf(editor),
  );
  return { ...result, path };
}

/**
 * Where to look at the commit and open a pull request, for the hosts whose addresses are
 * known (GitHub, GitLab, Gitea and Forgejo); null for any other server.
 */
export function webLinks(url: string, branch: string, oid: string) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const base = `${parsed.origin}${parsed.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`;
  const host = parsed.hostname;
  const ref = encodeURIComponent(branch);
  if (host === 'github.com') {
    return { commit: `${base}/commit/${oid}`, pullRequest: `${base}/compare/${ref}?expand=1` };
  }
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) {
    return {
      commit: `${base}/-/commit/${oid}`,
      pullRequest: `${base}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${ref}`,
    };
  }
  if (host.startsWith('gitea.') || host === 'codeberg.org') {
    return { commit: `${base}/commit/${oid}`, pullRequest: `${base}/compare/${ref}` };
  }
  return null;
}
