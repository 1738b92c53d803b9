import { stripBidiControls } from './clip-input';

/**
 * Suggests a short item heading from a noisy page title. The page title itself is never
 * changed: it stays on the clip for the card; this only proposes the `### heading`.
 */

const GITHUB_PULL_OR_ISSUE =
  /^(.*?)(?: by [\w-]+)? · (?:Pull Request|Issue|Discussion) #\d+ · [\w.-]+\/([\w.-]+)$/;
const GITHUB_RELEASE = /^Release (.+?) · [\w.-]+\/([\w.-]+)$/;
const GITHUB_BLOB = /^(.+?) at [\w./-]+ · [\w.-]+\/[\w.-]+$/;
const GITHUB_REPO = /^GitHub - ([\w.-]+\/[\w.-]+)(?:: .*)?$/;
// `feat: `, `fix(api)!: ` and the like, which read as noise in a digest heading.
const CONVENTIONAL_PREFIX =
  /^(?:feat|fix|docs|chore|refactor|perf|test|build|ci|style|revert)(?:\([^)]*\))?!?: /i;
// Separators sites put between the page's own title and the site name.
const SEPARATOR = / (?:\||-|–|—|·|::|») |｜/;

function isGithub(host: string): boolean {
  return host === 'github.com' || host.endsWith('.github.com');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function fromGithub(title: string): string | null {
  const pull = GITHUB_PULL_OR_ISSUE.exec(title);
  if (pull?.[1]) return pull[1].replace(CONVENTIONAL_PREFIX, '');
  const release = GITHUB_RELEASE.exec(title);
  if (release?.[1] && release[2]) return `${release[2]} ${release[1].replace(/^Release /, '')}`;
  const blob = GITHUB_BLOB.exec(title);
  if (blob?.[1]) return blob[1];
  const repo = GITHUB_REPO.exec(title);
  if (repo?.[1]) return repo[1];
  return null;
}

/** Long enough to stand alone as a heading once the site name is gone. */
function standsAlone(text: string): boolean {
  return text.split(/\s+/).length >= 3 || text.length >= 12;
}

/** Drops a trailing ` | Site Name` (one segment, short) when what is left still says something. */
function withoutSiteSuffix(title: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const suffix = parts.at(-1) ?? '';
  const rest = title
    .slice(0, title.length - suffix.length)
    .replace(new RegExp(`(?:${SEPARATOR.source})$`), '');
  const shortSuffix = suffix.length <= 40 && suffix.split(/\s+/).length <= 5;
  return shortSuffix && standsAlone(rest) ? rest.trim() : title;
}

export function suggestHeading(pageTitle: string, url = ''): string {
  const title = stripBidiControls(pageTitle).replace(/\s+/g, ' ').trim();
  if (!title) return '';
  if (isGithub(hostOf(url)) || / · [\w.-]+\/[\w.-]+$/.test(title)) {
    const github = fromGithub(title);
    if (github) return github.trim();
  }
  return withoutSiteSuffix(title);
}
