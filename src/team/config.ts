/**
 * Where the team's repository is and where files go in it. Pure: the Team view, the sync
 * and the tests share these rules, so a path the view shows is the path that is written.
 */

export interface TeamConfig {
  /** HTTPS smart-protocol URL, as for `git clone`. */
  url: string;
  branch: string;
  /** Folder of the packs, relative to the repository's root. */
  folder: string;
  username: string;
  /**
   * Where Publish writes the issue; `{date}` and `{number}` are filled in. Empty: the path
   * the issue's house style names for its site (core/markdown/file-path.ts).
   */
  publishPath: string;
}

export const DEFAULT_TEAM_CONFIG: TeamConfig = {
  url: '',
  branch: 'main',
  folder: 'packs',
  username: '',
  publishPath: '',
};

export type ConfigProblem = 'url' | 'insecureUrl' | 'branch' | 'folder' | 'publishPath';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The repository's URL, checked: HTTPS, or plain HTTP to this machine only, because the
 * token travels in every request. No credentials in the URL (they belong in the token
 * field, which is kept apart) and no query or fragment.
 */
export function repositoryUrl(text: string): URL | ConfigProblem {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'url';
  }
  if (url.username || url.password || url.search || url.hash) return 'url';
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url;
  if (url.protocol === 'http:') return 'insecureUrl';
  return url.protocol === 'https:' ? url : 'url';
}

/** The origin pattern the browser is asked to allow for this repository. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** Git's rules for a branch name (git check-ref-format), the parts a user may trip on. */
export function validBranch(name: string): boolean {
  return (
    // \p{Cc}: control characters, which git refuses in a name.
    /^[^\s~^:?*[\\\p{Cc}]+$/u.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    name !== '@'
  );
}

/** A relative path inside the repository: no `..`, no `.git`, no leading slash. */
export function validRepoPath(path: string): boolean {
  if (!path || path.startsWith('/') || path.includes('\\')) return false;
  return path
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && part.toLowerCase() !== '.git');
}

export function checkConfig(config: TeamConfig): ConfigProblem | null {
  const url = repositoryUrl(config.url);
  if (typeof url === 'string') return url;
  if (!validBranch(config.branch)) return 'branch';
  if (!validRepoPath(config.folder)) return 'folder';
  if (config.publishPath && !validRepoPath(fillPath(config.publishPath, '2000-01-01', 1)))
    return 'publishPath';
  return null;
}

/**
 * The editor's name as a file name: letters and digits of any script kept, the rest
 * folded to `-`, so "Aiko Tanaka" writes `aiko-tanaka.json` and two editors with
 * different names never write the same file.
 */
export function editorSlug(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function packPath(config: TeamConfig, issueDate: string, editor: string): string {
  return `${config.folder}/${issueDate}/${editorSlug(editor)}.json`;
}

export function packFolder(config: TeamConfig, issueDate: string): string {
  return `${config.folder}/${issueDate}`;
}

export function fillPath(template: string, date: string, number: number | null): string {
  return template.replaceAll('{date}', date).replaceAll('{number}', String(number ?? ''));
}
