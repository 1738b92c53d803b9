/**
 * A page's title as an item heading. The suggestion is the title itself with only the
 * site's name taken off its end (`Title | Site`, `Title - Site` where the last part names
 * the site's host), or GitHub's own forms made readable; the title's other ` - `, ` — `,
 * `#`, quotes and `<` are its own and stay. The page title is never changed: it stays on
 * the clip for the card.
 */

// Explicit bidi embeddings, overrides and isolates: in a page title they can make the
// text display reversed or reordered (a "trojan source" title), and no title needs them.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

const GITHUB_PULL_OR_ISSUE =
  /^(.*?)(?: by [\w-]+)? · (?:Pull Request|Issue|Discussion) #\d+ · [\w.-]+\/([\w.-]+)$/;
const GITHUB_RELEASE = /^Release (.+?) · [\w.-]+\/([\w.-]+)$/;
const GITHUB_BLOB = /^(.+?) at [\w./-]+ · [\w.-]+\/[\w.-]+$/;
const GITHUB_REPO = /^GitHub - ([\w.-]+\/[\w.-]+)(?:: .*)?$/;
// `feat: `, `fix(api)!: ` and the like, which read as noise in a digest heading.
const CONVENTIONAL_PREFIX =
  /^(?:feat|fix|docs|chore|refactor|perf|test|build|ci|style|revert)(?:\([^)]*\))?!?: /i;
// Separators sites put between the page's own title and the site name.
const SEPARATOR = / (?:\||-|–|—|·|::|») |｜/g;

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

/**
 * Whether the last part of a title names the site at `host`: one of the host's names
 * (`Mercari Engineering` at engineering.mercari.com, `Teleport` at goteleport.com), or
 * its initials (`Site Reliability Engineering` at sre.google). A short name must be a
 * whole word (`Go` at go.dev), so `Workflow and Oscilloscope` is never taken for one.
 */
function namesSite(part: string, host: string): boolean {
  const words = part
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const compact = words.join('');
  if (!compact) return false;
  const labels = host
    .replace(/^www\./, '')
    .split('.')
    .slice(0, -1);
  const names = labels.flatMap((label) => [label.replace(/-/g, ''), ...label.split('-')]);
  const initials = words.length >= 2 ? words.map((w) => w[0]).join('') : '';
  return names.some(
    (name) =>
      (name.length >= 4 ? compact.includes(name) : words.includes(name)) ||
      (compact.length >= 4 && name.includes(compact)) ||
      (initials.length >= 2 && name === initials),
  );
}

// A bar (or `::`, `»`) before the last part is how sites set their name apart; a dash is
// as often part of the title itself (`HexoSynth 2022 - Devlog #6 - Workflow and …`).
const SITE_BAR = /^ ?(?:\||::|»|｜) ?$/;
// What a site's name looks like: a few words, no code or brackets (a bar inside a code
// span, `create | show | list`, is the title's own).
const NAME_LIKE = /^[^`()[\]{}<>]{1,40}$/u;
const nameLike = (part: string) => NAME_LIKE.test(part) && part.split(/\s+/).length <= 5;

/**
 * Drops trailing parts that name the site, while what is left still says something: the
 * part after a final bar once, whatever it says, and any part that names the host.
 */
function withoutSiteName(title: string, host: string): string {
  let rest = title;
  let barTaken = false;
  for (;;) {
    const last = [...rest.matchAll(SEPARATOR)].at(-1);
    if (!last) return rest;
    const head = rest.slice(0, last.index).trim();
    const tail = rest.slice(last.index + last[0].length);
    const bar: boolean = !barTaken && SITE_BAR.test(last[0]) && nameLike(tail);
    const named: boolean = host !== '' && namesSite(tail, host);
    if (!(bar || named) || !standsAlone(head)) return rest;
    barTaken ||= bar;
    rest = head;
  }
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A page title as compared and suggested: no bidi controls, white space folded. */
function folded(text: string): string {
  return stripBidiControls(text).replace(/\s+/g, ' ').trim();
}

export function suggestHeading(pageTitle: string, url = ''): string {
  const title = folded(pageTitle);
  if (!title) return '';
  const host = hostOf(url);
  if (host === 'github.com' || host.endsWith('.github.com') || / · [\w.-]+\/[\w.-]+$/.test(title)) {
    const github = fromGithub(title);
    if (github) return github.trim();
  }
  return withoutSiteName(title, host);
}

/**
 * Whether a heading is the page's own text rather than the editor's: a piece of the page
 * title (as suggested now or by any earlier rule, which all cut pieces off it) or the
 * suggestion itself (GitHub's release form reorders the title). Such a heading is written
 * as page text, neutralised; any other heading is the editor's Markdown.
 */
export function isPageHeading(heading: string, pageTitle: string, url = ''): boolean {
  const text = folded(heading);
  if (!text) return true;
  return folded(pageTitle).includes(text) || text === suggestHeading(pageTitle, url);
}
