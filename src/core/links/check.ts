import type { Clip } from '../model';
import { normalizeUrl } from './normalize';
import type { HostWarning, LinkFinding, LinkRules } from './rules';
import { isTracker, onHost, parseWebUrl, stripTrackers } from './trackers';

/** An earlier issue as the duplicate rule sees it: its title and its links' keys. */
export interface EarlierIssue {
  title: string;
  keys: ReadonlySet<string>;
}

/** What an item offers the rules: the clip's URL, its title and its `[video]`-like prefix. */
export type LinkItem = Pick<Clip, 'id' | 'url' | 'heading' | 'extra'>;

function pathMatches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  return (
    want.length === have.length &&
    want.every((part, i) => part === '*' || part.toLowerCase() === have[i]?.toLowerCase())
  );
}

function hostWarning(url: URL, warnings: readonly HostWarning[]): HostWarning | undefined {
  const host = url.hostname.replace(/^www\./, '');
  return warnings.find(
    (w) => onHost(host, w.host) && (w.path === undefined || pathMatches(w.path, url.pathname)),
  );
}

/** The link with runs of slashes in its path made one, or null when it has none. */
function simplified(url: URL): string | null {
  if (!/\/\/+/.test(url.pathname)) return null;
  const copy = new URL(url.href);
  copy.pathname = url.pathname.replace(/\/{2,}/g, '/');
  return copy.href;
}

function checkOne(item: LinkItem, rules: LinkRules, out: LinkFinding[]): URL | null {
  const at = { clipId: item.id, url: item.url };
  const parsed = parseWebUrl(item.url);
  if (!parsed) {
    if (rules.wellFormed && !/^mailto:/i.test(item.url.trim())) {
      out.push({ ...at, rule: 'malformed', severity: 'error', detail: item.url });
    }
    return null;
  }
  const forbidden = new Set((rules.forbiddenParams ?? []).map((p) => p.toLowerCase()));
  const refused = [...new Set(parsed.searchParams.keys())].filter(
    (key) =>
      forbidden.has(key.toLowerCase()) ||
      (rules.refuseTrackers === true && isTracker(key, parsed.hostname)),
  );
  if (refused.length > 0) {
    const fix = stripTrackers(item.url, refused);
    out.push({
      ...at,
      rule: 'forbidden-param',
      severity: 'error',
      detail: refused.join(', '),
      fix,
    });
  }
  const simpler = rules.wellFormed ? simplified(parsed) : null;
  if (simpler)
    out.push({ ...at, rule: 'simplify', severity: 'warning', detail: simpler, fix: simpler });
  const warning = rules.warnHosts ? hostWarning(parsed, rules.warnHosts) : undefined;
  if (warning) out.push({ ...at, rule: 'warn-host', severity: 'warning', detail: warning.message });
  const title = [...item.heading].length;
  if (rules.titleMax !== undefined && title > rules.titleMax) {
    out.push({ ...at, rule: 'title-length', severity: 'warning', detail: String(title) });
  }
  const video = rules.video;
  if (video?.hosts.some((host) => onHost(parsed.hostname.replace(/^www\./, ''), host))) {
    const prefix = item.extra?.prefix ?? '';
    if (!prefix.includes(video.prefix.trim())) {
      out.push({ ...at, rule: 'video-prefix', severity: 'warning', detail: video.prefix.trim() });
    }
  }
  return parsed;
}

/**
 * Holds each item of an issue to the style's link rules. `earlier` lists the issues before
 * this one, newest first; only the last `duplicateIssues` of them count. Findings come in
 * the items' order, each on its item.
 */
export function checkLinks(
  items: readonly LinkItem[],
  rules: LinkRules,
  earlier: readonly EarlierIssue[] = [],
): LinkFinding[] {
  const findings: LinkFinding[] = [];
  const recent = rules.duplicateIssues ? earlier.slice(0, rules.duplicateIssues) : [];
  for (const item of items) {
    const parsed = checkOne(item, rules, findings);
    if (!parsed || recent.length === 0) continue;
    const key = normalizeUrl(item.url);
    const before = recent.find((issue) => issue.keys.has(key));
    if (before) {
      findings.push({
        clipId: item.id,
        url: item.url,
        rule: 'duplicate',
        severity: 'error',
        detail: before.title,
      });
    }
  }
  return findings;
}

/** The finding in English, for the command line (the workspace words it in its locale). */
export function describeLinkFinding(finding: LinkFinding): string {
  switch (finding.rule) {
    case 'forbidden-param':
      return `refused parameters ${finding.detail}; use ${finding.fix}`;
    case 'simplify':
      return `doubled slashes; use ${finding.fix}`;
    case 'malformed':
      return `not a web address: ${finding.detail}`;
    case 'warn-host':
      return finding.detail;
    case 'title-length':
      return `title is ${finding.detail} characters, longer than the style prints`;
    case 'video-prefix':
      return `a video link without the ${finding.detail} prefix`;
    case 'duplicate':
      return `already linked in ${finding.detail}`;
    case 'dead':
      return `dead link (${finding.detail})`;
    case 'moved':
      return `moved permanently; use ${finding.detail}`;
    case 'login':
      return `redirected to a sign-in page (${finding.detail})`;
    case 'slow':
      return `answered in ${finding.detail}, slower than readers wait`;
  }
}
