import browser from 'webextension-polyfill';
import type { SaveContext } from './save';

/** The UI language, from the extension's own messages (see src/ui/i18n.ts uiLanguage). */
export function workerLocale(): string {
  return browser.i18n.getMessage('ws_lang') || 'en';
}

/** Language and words for the save path, which itself stays free of browser APIs. */
export function saveContext(): SaveContext {
  return {
    locale: workerLocale(),
    deletedMessage: browser.i18n.getMessage('saveClipDeleted') || undefined,
  };
}
