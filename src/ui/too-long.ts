import type { TooLong } from '../core/model/fits';
import { type MessageKey, t, uiLanguage } from './i18n';

/**
 * A field over its limit (core/model/fits.ts), in the page's language: what the editor
 * calls the field, its length and the limit, and the item it belongs to.
 */

const LABELS: Record<string, MessageKey> = {
  heading: 'ws_heading',
  url: 'ws_url',
  pageTitle: 'ws_pageTitle',
  description: 'ws_description',
  comment: 'ws_comment',
  title: 'ws_issueTitle',
  header: 'ws_headerLines',
  intro: 'ws_intro',
  afterwordHeading: 'ws_afterwordHeading',
  afterword: 'ws_afterword',
  sectionText: 'ws_sectionText',
  sectionHeading: 'limitSectionHeading',
  sectionEmoji: 'ws_emoji',
  emoji: 'ws_emoji',
  name: 'ws_name',
  layout: 'limitLayout',
  source: 'limitItemText',
  publishedMarkdown: 'limitMarkdown',
};

const count = (n: number) => n.toLocaleString(uiLanguage());

export function tooLongText(problem: TooLong): string {
  if (problem.field === 'spans') {
    return t('limitSpans', count(problem.length), count(problem.max));
  }
  const key = LABELS[problem.field];
  const label = key ? t(key) : problem.field;
  const [length, max] = [count(problem.length), count(problem.max)];
  return problem.item === undefined
    ? t('limitTooLong', label, length, max)
    : t('limitTooLongIn', label, problem.item.slice(0, 80), length, max);
}

/** What a field says under itself when its text is over `max`; null when it fits. */
export function fieldLimitText(text: string, max: number): string | null {
  return text.length > max ? t('limitField', count(text.length), count(max)) : null;
}
