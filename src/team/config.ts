import {
  archiveFolder,
  expandEditionPath,
  patternProblem,
  type RepositoryLayout,
} from '../core/markdown';

/**
 * Where the team's repository is and where files go in it. Pure: the Team view, the sync
 * and the tests share these rules, so a path the view shows is the path that is written.
 */

export interface TeamConfig {
  /** HTTPS smart-protocol URL, as for `git clone`: the repository read (the upstream). */
  url: string;
  /** Where this editor's branches go: empty for `url` itself, or their fork. */
  pushUrl: string;
  /** The base branch: read from, and the one proposals are made against. */
  branch: string;
  /** Folder of the packs, relative to the repository's root. */
  folder: string;
  username: string;
  /**
   * Where Publish writes the issue; `{date}` and `{number}` are filled in. Empty: the path
   * the issue's house style names for its site (core/markdown/file-path.ts).
   */
  publishPath: string;
  /**
   * The edition file, a pattern such as `draft/{date}-this-week-in-rust.md`
   * (core/markdown/site/repository-path.ts). Empty: the digest shares packs instead.
   */
  editionPath: string;
  /** Folders of the published issues, read as the digest's archive. */
  archiveFolders: string[];
}

export const DEFAULT_TEAM_CONFIG: TeamConfig = {
  url: '',
  pushUrl: '',
  branch: 'main',
  folder: 'packs',
  username: '',
  publishPath: '',
  editionPath: '',
  archiveFolders: [],
};

/**
 * A stored configuration as the Team view uses it. One saved before a field existed gets
 * that field's default, so an existing connection keeps working as it did (a missing
 * edition path: packs). A field of the wrong type means the stored value is not ours.
 */
export function teamConfigFrom(stored: unknown): TeamConfig | null {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const given = stored as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_TEAM_CONFIG)) {
    const value = Object.hasOwn(given, key) ? given[key] : fallback;
    const fits = Array.isArray(fallback)
      ? Array.isArray(value) && value.every((v) => typeof v === 'string')
      : typeof value === 'string';
    if (!fits) return null;
    config[key] = value;
  }
  return config as unknown as TeamConfig;
}

/** The configuration with a digest's repository layout filled in (core's proposals). */
export function withLayout(config: TeamConfig, layout: RepositoryLayout): TeamConfig {
  return {
    ...config,
    url: layout.upstream,
    branch: layout.branch,
    editionPath: layout.edition,
    archiveFolders: [...layout.archive],
  };
}

/** Archive folders as typed in one field: separated by commas or new lines. */
export function parseFolders(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export type ConfigProblem =
  | 'url'
  | 'insecureUrl'
  | 'pushUrl'
  | 'branch'
  | 'folder'
  | 'publishPath'
  | 'editionPath'
  | 'archive'
  | 'archiveNeedsEdition';

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

/** An edition path pattern that names a valid path for any issue. */
function validEditionPath(pattern: string): boolean {
  if (patternProblem(pattern)) return false;
  const sample = expandEditionPath(pattern, { date: '2000-01-01', number: 1 });
  return sample.ok && validRepoPath(sample.value);
}

export function checkConfig(config: TeamConfig): ConfigProblem | null {
  const url = repositoryUrl(config.url);
  if (typeof url === 'string') return url;
  if (config.pushUrl && typeof repositoryUrl(config.pushUrl) === 'string') return 'pushUrl';
  if (!validBranch(config.branch)) return 'branch';
  if (!validRepoPath(config.folder)) return 'folder';
  if (config.publishPath && !validRepoPath(fillPath(config.publishPath, '2000-01-01', 1)))
    return 'publishPath';
  if (config.editionPath && !validEditionPath(config.editionPath)) return 'editionPath';
  const folders = config.archiveFolders.map(archiveFolder);
  if (folders.some((folder) => !validRepoPath(folder.slice(0, -1)))) return 'archive';
  if (folders.length > 0 && !config.editionPath) return 'archiveNeedsEdition';
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
