import { normalizeUrl } from '../../links/normalize';
import type { Clip } from '../../model';
import { topBlocks } from '../document/blocks';
import { frontMatterLength } from '../document/front-matter';
import { bare, splitLines } from '../document/lines';
import type { HouseStyle } from '../style/schema';
import { siteRuleProblems } from './front-matter-checks';

/**
 * What the style's publishing site would do with the rendered issue, beside the editorial
 * checks: its rules on the file (Zenn's front matter), and for a site that turns a bare URL
 * into a link card, each clip whose URL is not alone in a top-level paragraph.
 */
export type SiteFinding =
  | { kind: 'site-rule'; message: string }
  | { kind: 'not-a-card'; clipId: string }
  | { kind: 'earlier-issue'; clipId: string; issue: string };

/** URLs that stand alone in a top-level paragraph: what Zenn shows as a card. */
function cardLines(markdown: string): Set<string> {
  const lines = splitLines(markdown);
  const found = new Set<string>();
  for (const block of topBlocks(lines, frontMatterLength(lines))) {
    if (block.kind !== 'paragraph' || block.end - block.start !== 1) continue;
    const text = bare(lines[block.start] ?? '').trim();
    if (/^https?:\/\/\S+$/.test(text)) found.add(text);
  }
  return found;
}

export function siteChecks(
  markdown: string,
  style: HouseStyle,
  clips: readonly Clip[],
  /** Normalised URLs of earlier issues, with the title of the issue that had each. */
  earlier: ReadonlyMap<string, string> = new Map(),
): SiteFinding[] {
  const findings: SiteFinding[] = siteRuleProblems(markdown, style).map((message) => ({
    kind: 'site-rule',
    message,
  }));
  if (style.rules?.includes('zenn')) {
    const cards = cardLines(markdown);
    for (const clip of clips) {
      if (clip.url && !cards.has(clip.url)) findings.push({ kind: 'not-a-card', clipId: clip.id });
    }
  }
  for (const clip of clips) {
    const before = clip.url ? earlier.get(normalizeUrl(clip.url)) : undefined;
    if (before !== undefined)
      findings.push({ kind: 'earlier-issue', clipId: clip.id, issue: before });
  }
  return findings;
}
