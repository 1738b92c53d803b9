import { t, uiLanguage } from '../ui/i18n';
import type { SaveContext } from './save';

/** Language and words for the save path, which itself stays free of browser APIs. */
export function saveContext(): SaveContext {
  return {
    locale: uiLanguage(),
    deletedMessage: t('saveClipDeleted'),
    publishedMessage: t('saveClipPublished'),
  };
}
