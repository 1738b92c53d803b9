import { shownName } from '../../model/label';

/**
 * A sentence bullet, as LWKD writes them (`* AWS EBS [works for Windows hosts](…) in 1.25`):
 * the Markdown links only some of the words, but a reader names the item by the whole
 * sentence. A template writes those words as `{linkText}`, with the words around the link
 * in `{before}` and `{after}`; the clip's heading is the sentence they make, as it reads.
 */
export const LINK_TEXT = 'linkText';
/**
 * Words after the link that belong to the heading, not to a field of the item's own (Neco's
 * `### [#127](url) Add support for …`): edited with the heading, as the linked words are.
 */
export const LINK_TAIL = 'linkTail';

/** The sentence as a reader sees it: links as their words, on one line. */
export function sentenceOf(before: string, linkText: string, after: string): string {
  return shownName(`${before}${linkText}${after}`).replace(/\s+/g, ' ').trim();
}

/**
 * The values a sentence template is filled with. While the heading is still the sentence
 * its parts make, the parts are written as read; a heading the editor changed is the
 * whole new sentence, so it becomes the link's words and the old words around it go,
 * rather than being written twice. A new clip links its heading.
 */
export function sentenceValues(
  heading: string,
  extra: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const linkText = extra?.[LINK_TEXT];
  const before = extra?.before ?? '';
  const after = extra?.after ?? '';
  const tail = extra?.[LINK_TAIL] ?? '';
  if (linkText !== undefined && sentenceOf(before, linkText, after + tail) === heading) {
    return { [LINK_TEXT]: linkText, before, after, [LINK_TAIL]: tail };
  }
  return linkText === undefined
    ? { [LINK_TEXT]: heading }
    : { [LINK_TEXT]: heading, before: '', after: '', [LINK_TAIL]: '' };
}
