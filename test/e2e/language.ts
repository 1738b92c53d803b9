import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type UiLanguage = 'en' | 'ja';

/**
 * How a test sets the browser's language, found by trying each knob on Debian's Chromium
 * 156, since the Japanese screenshots and the language tests depend on it (see README
 * "Screenshots"):
 * - `--lang=ja` alone makes `i18n.getMessage` answer from `_locales/ja`, but on Linux it
 *   does not set the UI language: `i18n.getUILanguage()` stays `en-US`.
 * - The UI language on Linux comes from the environment: `LANGUAGE`, `LC_ALL` or `LANG`
 *   (`LANGUAGE=ja` wins over `--lang=en-US`). Chromium uses it only when it has that
 *   language's UI pack: Debian ships the packs in `chromium-l10n`. Without it,
 *   `getUILanguage()` stays `en-US` while the messages are Japanese.
 * - `navigator.language` (also in the service worker) is the profile's first accept
 *   language, which Chromium derives from the UI language on a new profile. Under the
 *   test runner, Playwright's `locale` option (default `en-US`) overrides it, pages and
 *   workers alike.
 * So a test sets them all: the flag, the environment, the profile's languages as a
 * Japanese (or English) user's profile has them, and Playwright's `locale`. The extension
 * then shows Japanese and makes Japanese drafts whether or not `chromium-l10n` is installed, and an English test
 * stays English on a machine whose own environment says `ja`.
 */
const SETTINGS: Record<
  UiLanguage,
  { flag: string; env: string; posix: string; accept: string; locale: string }
> = {
  en: { flag: 'en-US', env: 'en_US', posix: 'en_US.UTF-8', accept: 'en-US,en', locale: 'en-US' },
  ja: { flag: 'ja', env: 'ja', posix: 'ja_JP.UTF-8', accept: 'ja,en-US,en', locale: 'ja-JP' },
};

/** Playwright's `locale` context option for the language. */
export function playwrightLocale(language: UiLanguage): string {
  return SETTINGS[language].locale;
}

export function languageArgs(language: UiLanguage): string[] {
  return [`--lang=${SETTINGS[language].flag}`];
}

export function languageEnv(language: UiLanguage): Record<string, string> {
  const { env, posix } = SETTINGS[language];
  const inherited = Object.entries(process.env).filter(
    (pair): pair is [string, string] => pair[1] !== undefined,
  );
  return { ...Object.fromEntries(inherited), LANGUAGE: env, LC_ALL: posix, LANG: posix };
}

/** Writes the profile's language preferences before Chromium first starts on it. */
export function writeLanguagePrefs(profile: string, language: UiLanguage): void {
  const accept = SETTINGS[language].accept;
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ intl: { accept_languages: accept, selected_languages: accept } }),
  );
}
