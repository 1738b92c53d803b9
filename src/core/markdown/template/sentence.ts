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
 * its parts make, the parts are written as read. An edited heading that still opens with
 * the words before the link and ends with those after it changes the linked words only;
 * one that holds neither is taken as new linked words, as the editor typed them before
 * headings were sentences; any other is the whole new sentence, linked once, so no word is
 * written twice. A new clip links its heading.
 */
export function sentenceValues(
  heading: string,
  extra: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const linkText = extra?.[LINK_TEXT];
  if (linkText === undefined) return { [LINK_TEXT]: heading };
  const before = extra?.before ?? '';
  const after = extra?.after ?? '';
  const tail = extra?.[LINK_TAIL] ?? '';
  const kept = (words: string) => ({ [LINK_TEXT]: words, before, after, [LINK_TAIL]: tail });
  if (sentenceOf(before, linkText, after + tail) === heading) return kept(linkText);
  const head = sentenceOf(before, '', '');
  const end = sentenceOf('', '', after + tail);
  const text = heading.trim();
  const opens = head !== '' && text.startsWith(head);
  const closes = end !== '' && text.endsWith(end);
  if (opens && closes && head.length + end.length < text.length)
    return kept(text.slice(head.length, text.length - end.length).trim());
  if (!text.includes(head || '\u0000') && !text.includes(end || '\u0000')) return kept(heading);
  return { [LINK_TEXT]: heading, before: '', after: '', [LINK_TAIL]: '' };
}
