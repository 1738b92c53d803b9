import { normalizeUrl } from '../links/normalize';
import { trackingParams } from '../links/trackers';
import { compileStyle, type HouseStyle } from '../markdown';
import type { Category, Clip, IssueDocument } from '../model';
import { orderedCategories } from '../model/order';
import { safeHref } from '../text/escape';

/**
 * Editorial checks shown beside the preview: what an editor looks over before
 * publishing. Findings, not errors: every one of them can be published as it is.
 */
export type EditorialFinding =
  | { kind: 'no-comment'; clipId: string }
  | { kind: 'no-link'; clipId: string }
  | { kind: 'empty-category'; categoryId: string }
  | { kind: 'duplicate-url'; clipIds: string[]; url: string }
  | { kind: 'tracking'; clipId: string; params: string[] }
  | { kind: 'open-comment'; clipId: string };

/** The clips in the order the issue shows them: by category, then position. */
export function clipsInIssueOrder(doc: IssueDocument): Clip[] {
  const rank = new Map(orderedCategories(doc.issue, doc.categories).map((c, i) => [c.id, i]));
  const position = (clip: Clip) => rank.get(clip.categoryId) ?? rank.size;
  return [...doc.clips].sort((a, b) => position(a) - position(b) || a.order - b.order);
}

function emptyCategories(doc: IssueDocument): Category[] {
  const used = new Set(doc.clips.map((clip) => clip.categoryId));
  // The unnamed category only exists to hold an imported issue's leading items.
  return orderedCategories(doc.issue, doc.categories).filter(
    (c) => !used.has(c.id) && !doc.issue.sectionText[c.id] && (c.name || c.emoji),
  );
}

// Code, where `<!--` is only characters: fenced blocks and code spans.
const FENCED = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/**
 * Whether Markdown written into the issue opens an HTML comment it never closes. The site
 * then hides everything after it: the later items, the sections, the afterword. `<!-->`
 * and `<!--->` close themselves.
 */
export function opensComment(markdown: string): boolean {
  const text = markdown.replace(FENCED, '').replace(CODE_SPAN, '');
  for (let at = 0; ; ) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return false;
    const empty = /^<!---?>/.exec(text.slice(open, open + 6));
    if (empty) {
      at = open + empty[0].length;
      continue;
    }
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return true;
    at = close + 3;
  }
}

/**
 * The findings that make no sense for a style, whatever the digest turns off: a style none
 * of whose item templates places a comment (This Week in Rust's `* [Title](url)`) never
 * publishes one, so a clip without one is as it should be, not something to look over.
 */
export function checksOffByStyle(style: HouseStyle): EditorialFinding['kind'][] {
  const items = compileStyle(style).items;
  return items.some((item) => item.names.includes('comment')) ? [] : ['no-comment'];
}

/** The checks for an issue; with its style, only those that apply to that style's items. */
export function editorialChecks(doc: IssueDocument, style?: HouseStyle): EditorialFinding[] {
  const clips = clipsInIssueOrder(doc);
  const findings: EditorialFinding[] = [];
  const commented = !style || !checksOffByStyle(style).includes('no-comment');
  // Each link's safety is tested once, and only links with a query are parsed for
  // trackers: with two hundred clips, parsing every link four times was a fifth of the
  // workspace's first render.
  const linked = new Set<Clip>();
  for (const clip of clips) {
    if (!clip.comment.trim()) {
      if (commented) findings.push({ kind: 'no-comment', clipId: clip.id });
    } else if (opensComment(clip.comment)) findings.push({ kind: 'open-comment', clipId: clip.id });
    if (clip.lead && opensComment(clip.lead))
      findings.push({ kind: 'open-comment', clipId: clip.id });
    if (safeHref(clip.url) === null) findings.push({ kind: 'no-link', clipId: clip.id });
    else linked.add(clip);
  }
  for (const category of emptyCategories(doc)) {
    findings.push({ kind: 'empty-category', categoryId: category.id });
  }
  // Same article twice, even when the two links differ in trackers, case or a slash.
  const byKey = new Map<string, Clip[]>();
  for (const clip of linked) {
    const key = normalizeUrl(clip.url);
    byKey.set(key, [...(byKey.get(key) ?? []), clip]);
  }
  for (const [url, same] of byKey) {
    if (same.length > 1)
      findings.push({ kind: 'duplicate-url', clipIds: same.map((c) => c.id), url });
  }
  for (const clip of clips) {
    // Trackers are query parameters: a link without a `?` has none to parse for.
    const params = clip.url.includes('?') ? trackingParams(clip.url) : [];
    if (params.length) findings.push({ kind: 'tracking', clipId: clip.id, params });
  }
  return findings;
}
