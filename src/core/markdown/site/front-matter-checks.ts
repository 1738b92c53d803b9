import { type FrontMatterValue, readFrontMatter } from '../document/front-matter';
import { splitLines } from '../document/lines';
import type { HouseStyle } from '../style/schema';

/**
 * What a style's publishing site requires of an issue file, checked on the Markdown itself.
 * Zenn (from its editor's source): front matter with a `title` of at most 70 characters,
 * exactly one `emoji`, `type` tech or idea, 1 to 5 `topics`, and `published` a boolean.
 */

/** The front matter's fields, as the one reader of the engine reads them. */
export function frontMatter(markdown: string): Map<string, FrontMatterValue> | null {
  return readFrontMatter(splitLines(markdown.replace(/^\uFEFF/, '')));
}

const EMOJI =
  /^\p{Extended_Pictographic}(?:\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*$|^\p{Regional_Indicator}{2}$/u;

function zennProblems(markdown: string): string[] {
  const fields = frontMatter(markdown);
  if (!fields) return ['Zenn needs front matter (a --- block at the top)'];
  const problems: string[] = [];
  const title = fields.get('title');
  if (typeof title !== 'string' || title === '') problems.push('front matter: title is missing');
  else if ([...title].length > 70)
    problems.push(`front matter: title is ${[...title].length} characters; Zenn allows at most 70`);
  const emoji = fields.get('emoji');
  if (typeof emoji !== 'string' || !EMOJI.test(emoji))
    problems.push('front matter: emoji must be exactly one emoji');
  const type = fields.get('type');
  if (type !== 'tech' && type !== 'idea')
    problems.push('front matter: type must be "tech" or "idea"');
  const topics = fields.get('topics');
  if (!Array.isArray(topics) || topics.length < 1 || topics.length > 5) {
    problems.push('front matter: topics must list 1 to 5 topics');
  }
  if (typeof fields.get('published') !== 'boolean')
    problems.push('front matter: published must be true or false');
  return problems;
}

/** Each requirement of the style that the document breaks, as one line; none is fine. */
export function siteRuleProblems(markdown: string, style: HouseStyle): string[] {
  return (style.rules ?? []).flatMap((rule) => (rule === 'zenn' ? zennProblems(markdown) : []));
}
