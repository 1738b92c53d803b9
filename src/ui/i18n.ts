import browser from 'webextension-polyfill';

/**
 * A visible string from `_locales`; falls back to the key so a missing message shows up
 * in review instead of as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
