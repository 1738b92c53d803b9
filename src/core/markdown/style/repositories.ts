/**
 * Where each digest keeps its issues in its git repository, as the digests themselves do
 * it: the repository a contributor clones, the branch pull requests go to, the file the
 * next issue is made in, and the folders of the published ones. The Team view proposes
 * these for a digest in that house style; the editor may change every value.
 *
 * Only the digests whose repositories are public and known are here. A style without a
 * row proposes nothing and its digest shares packs, as before.
 */

export interface RepositoryLayout {
  /** The repository to read, as for `git clone`. */
  upstream: string;
  /** The branch the edition is read from and proposals are made against. */
  branch: string;
  /** The edition file: `{date}`, `{yyyymmdd}`, `{year}` and `{number}` are the issue's. */
  edition: string;
  /** Folders holding the published issues, each ending in `/`. */
  archive: string[];
}

export const REPOSITORY_LAYOUTS: Readonly<Record<string, RepositoryLayout>> = {
  // The next issue is a draft that pull requests change; published ones move to content/.
  'this-week-in-rust': {
    upstream: 'https://github.com/rust-lang/this-week-in-rust.git',
    branch: 'master',
    edition: 'draft/{date}-this-week-in-rust.md',
    archive: ['content/'],
  },
  // The edition is a post from the start (new_edition.sh); the newest unpublished one is open.
  lwkd: {
    upstream: 'https://github.com/kubernetes-sigs/lwkd.git',
    branch: 'main',
    edition: '_posts/{date}-update.md',
    archive: ['_posts/'],
  },
  // Each article starts from a template in articles/ and arrives by pull request.
  'productivity-weekly': {
    upstream: 'https://github.com/korosuke613/zenn-articles.git',
    branch: 'main',
    edition: 'articles/productivity-weekly-{yyyymmdd}.md',
    archive: ['articles/'],
  },
};

/** The layout proposed for a digest in this style, or null when none is known. */
export function proposedLayout(style: string): RepositoryLayout | null {
  return Object.hasOwn(REPOSITORY_LAYOUTS, style) ? (REPOSITORY_LAYOUTS[style] ?? null) : null;
}
