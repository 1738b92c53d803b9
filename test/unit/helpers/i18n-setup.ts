import { englishMessage } from './english-messages';

/**
 * Every unit test runs with the browser's `chrome.i18n` standing in, answering from the
 * real `_locales/en/messages.json`: code under test reads its words the one way the
 * extension does (src/ui/i18n.ts `t`), and no English copy of them is kept in TypeScript.
 */
const scope = globalThis as { chrome?: Record<string, unknown> };
scope.chrome = {
  ...scope.chrome,
  i18n: { getMessage: englishMessage, getUILanguage: () => 'en' },
};
