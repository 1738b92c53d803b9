import type { Issue } from '../../core/model';
import { isIsoDate } from '../../core/model/dates';
import { ISSUE_LIMITS } from '../../core/model/fits';
import type { IssuePatch } from '../../storage/issues/edit';
import { type MessageKey, t } from '../../ui/i18n';
import { fieldLimitText } from '../../ui/too-long';

/**
 * The issue's text fields: every editable field but the style, which has its own menu.
 * `number` is edited as text and stored as a number or null.
 */
export type IssueTextKey = Exclude<keyof IssuePatch, 'style' | 'frontMatter'>;

export function issueText(issue: Issue, key: IssueTextKey): string {
  const value = issue[key];
  return value === null || value === undefined ? '' : String(value);
}

export function issueValue(key: IssueTextKey, text: string): IssuePatch[IssueTextKey] {
  if (key === 'number') return text.trim() === '' ? null : Number(text);
  return text;
}

/** A field whose text on screen cannot be saved, with the reason its field shows. */
export interface InvalidField {
  key: IssueTextKey;
  label: string;
  reason: string;
}

// Which fields of a shown issue hold text that was left out, keyed by the issue object
// withLive made, so Publish can refuse without the Issue type carrying screen state.
const leftOut = new WeakMap<Issue, InvalidField[]>();

/** The fields withLive left out of `issue` because their text is invalid. */
export function invalidFields(issue: Issue): InvalidField[] {
  return leftOut.get(issue) ?? [];
}

/**
 * The issue with unsaved field text applied, so the preview shows what is on screen.
 * Invalid text (a date such as `20220729`) is left out, as it is never saved: preview,
 * Copy, Download and Publish all use the stored value, and `invalidFields` names it.
 */
export function withLive(issue: Issue, live: Partial<Record<IssueTextKey, string>>): Issue {
  const next = { ...issue };
  const invalid: InvalidField[] = [];
  for (const [key, text] of Object.entries(live) as [IssueTextKey, string][]) {
    const problem = VALIDATORS[key]?.(text);
    if (problem) {
      invalid.push({ key, label: t(LABELS[key]), reason: problem });
      continue;
    }
    Object.assign(next, { [key]: issueValue(key, text) });
  }
  leftOut.set(next, invalid);
  return next;
}

function validNumber(text: string): string | null {
  const ok = text.trim() === '' || (/^\d+$/.test(text.trim()) && Number(text) <= 1e9);
  return ok ? null : t('ws_numberInvalid');
}

const validDate = (text: string) => (text === '' || isIsoDate(text) ? null : t('ws_dateInvalid'));

/** Over its limit (core/model/fits.ts): said in the field, and never saved. */
const fits = (key: keyof typeof ISSUE_LIMITS) => (text: string) =>
  fieldLimitText(text, ISSUE_LIMITS[key]);

export const VALIDATORS: Record<IssueTextKey, (text: string) => string | null> = {
  number: validNumber,
  date: validDate,
  title: fits('title'),
  header: fits('header'),
  intro: fits('intro'),
  afterwordHeading: fits('afterwordHeading'),
  afterword: fits('afterword'),
};

const LABELS: Record<IssueTextKey, MessageKey> = {
  number: 'ws_issueNumber',
  date: 'ws_issueDate',
  title: 'ws_issueTitle',
  header: 'ws_headerLines',
  intro: 'ws_intro',
  afterwordHeading: 'ws_afterwordHeading',
  afterword: 'ws_afterword',
};
