/**
 * The one way every context (popup, workspace, side panel, outline, worker) reads a
 * visible string. The key type comes from `_locales/en/messages.json` through a type-only
 * import, so a key missing there is a type error, and the file itself is never bundled:
 * the text comes from the browser's own `i18n.getMessage`, in the user's language.
 * No webextension-polyfill here: the popup's first script imports this and must stay
 * small; Firefox's `browser.i18n` and Chrome's `chrome.i18n` answer this call alike.
 */
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}
type Scope = { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };

// Read at each call, not once at load: unit tests install their stand-in before a test
// runs, and a page never swaps it, so the cost is one property read.
const api = (): I18nApi | undefined => {
  const scope = globalThis as Scope;
  return scope.browser?.i18n ?? scope.chrome?.i18n;
};

/**
 * The message `key` with `$1`, `$2`… filled from `subs`; the key itself when the browser
 * has no such message, so a gap shows up in review instead of as an empty label.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const source = api();
  if (!source) return key;
  if (subs.length > 0) return source.getMessage(key, subs.map(String)) || key;
  // A page asks for the same few labels once per row (two hundred rows, a dozen each), and
  // each answer is a call into the browser; the answers never change while the page lives.
  const known = cache.get(source) ?? new Map<string, string>();
  cache.set(source, known);
  const text = known.get(key) ?? (source.getMessage(key) || key);
  known.set(key, text);
  return text;
}

// Per source, so a unit test that installs another language's messages gets its own answers.
const cache = new WeakMap<I18nApi, Map<string, string>>();

/**
 * The language the extension's messages are shown in (`en`, `ja`), from a message each
 * locale sets to its own code. Not `i18n.getUILanguage()`: Chromium picks messages by its
 * `--lang`/`LANGUAGE` setting even where it lacks that language's UI pack (Debian's
 * chromium without chromium-l10n), and then reports `en-US` while showing Japanese.
 * Pages set `<html lang>` from this and the worker gives new drafts its defaults, so
 * both match the text.
 */
export function uiLanguage(): string {
  return api()?.getMessage('ws_lang') || 'en';
}
