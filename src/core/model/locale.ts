/**
 * Per-language defaults for new issues. Pure: the caller says which
 * language; storage never asks the browser. Only the languages the extension ships
 * messages for (`public/_locales`) have their own defaults; any other falls back to
 * English, as the messages do (`default_locale: en`).
 */

export const UI_LOCALES = ['en', 'ja'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** `ja`, `ja-JP`, `ja_JP` → `ja`; anything else (or nothing) → `en`. */
export function uiLocale(language: string | undefined | null): UiLocale {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as UiLocale) : 'en';
}

export interface LocaleDefaults {
  /** Title template of a new issue; `{date}` and `{number}` are filled in when rendering. */
  titleTemplate: string;
  afterwordHeading: string;
}

/**
 * Japanese digests put the date in the title as `(2022-07-29号)` and close with あとがき
 * (Neco Weekly and its peers); English ones say "Afterword".
 */
const DEFAULTS: Record<UiLocale, LocaleDefaults> = {
  en: { titleTemplate: 'Weekly digest ({date})', afterwordHeading: 'Afterword' },
  ja: { titleTemplate: '週刊ダイジェスト ({date}号)', afterwordHeading: 'あとがき' },
};

export function localeDefaults(language?: string | null): LocaleDefaults {
  return { ...DEFAULTS[uiLocale(language)] };
}
