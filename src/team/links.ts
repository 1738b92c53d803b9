/**
 * Where to open the pull request for a proposal branch, for the hosts whose addresses are
 * known: GitHub's compare page across forks, GitLab's new merge request (made on the fork,
 * whose target is the project it was forked from), Gitea's and Forgejo's compare page.
 * Any other server gets no link; the view then names both repositories and both branches.
 */

export interface ProposalLink {
  /** The page that opens the pull request, or null for an unknown host. */
  url: string | null;
  upstream: string;
  fork: string;
}

interface Repo {
  origin: string;
  host: string;
  /** `owner/name`, without `.git`. */
  path: string;
  web: string;
}

function repoOf(url: string): Repo | null {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\.git$/, '').replace(/^\/+|\/+$/g, '');
    return { origin: parsed.origin, host: parsed.hostname, path, web: `${parsed.origin}/${path}` };
  } catch {
    return null;
  }
}

const isGitLab = (host: string) => host === 'gitlab.com' || host.startsWith('gitlab.');
const isGitea = (host: string) =>
  host === 'codeberg.org' || host.startsWith('gitea.') || host.startsWith('forgejo.');

export function proposalLink(
  upstreamUrl: string,
  pushUrl: string,
  base: string,
  branch: string,
): ProposalLink {
  const up = repoOf(upstreamUrl);
  const fork = repoOf(pushUrl || upstreamUrl);
  const names = { upstream: up?.web ?? upstreamUrl, fork: fork?.web ?? pushUrl };
  if (!up || !fork || up.origin !== fork.origin) return { url: null, ...names };
  const same = up.path === fork.path;
  const ref = encodeURIComponent(branch);
  const into = encodeURIComponent(base);
  const [owner = '', name = ''] = fork.path.split('/');
  if (up.host === 'github.com') {
    const head = same ? ref : `${owner}:${name}:${ref}`;
    return { url: `${up.web}/compare/${into}...${head}?expand=1`, ...names };
  }
  if (isGitLab(up.host)) {
    const query = `merge_request%5Bsource_branch%5D=${ref}&merge_request%5Btarget_branch%5D=${into}`;
    return { url: `${fork.web}/-/merge_requests/new?${query}`, ...names };
  }
  if (isGitea(up.host)) {
    const head = same ? ref : `${owner}/${name}:${ref}`;
    return { url: `${up.web}/compare/${into}...${head}`, ...names };
  }
  return { url: null, ...names };
}
