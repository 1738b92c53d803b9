import browser from 'webextension-polyfill';

/**
 * A visible string from `_locales`; falls back to the key so a missing message shows up
 * in review instead of as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language the extension's messages are shown in (`en`, `ja`), from a message each
 * locale sets to its own code. Not `i18n.getUILanguage()`: Chromium picks messages by its
 * `--lang`/`LANGUAGE` setting even where it lacks that language's UI pack (Debian's
 * chromium without chromium-l10n), and then reports `en-US` while showing Japanese.
 * Pages set `<html lang>` and new drafts' defaults from this, so both match the text.
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('ws_lang') || 'en';
}
