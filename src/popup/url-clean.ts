import type { PageInfo } from '../capture/page-info';
import { captureUrl } from '../core/links/canonical';
import { t } from '../ui/i18n';
import { byId, field, touched } from './dom';

/**
 * Puts the page's own address in the URL field in place of the tab's, where the page
 * declares a canonical one on its site or the tab's carries trackers, and says so under
 * the form. One key, Alt+R (or the button), gives the field the tab's address back. A URL
 * the editor typed, or one kept from an earlier popup, is left as it is.
 */
export function offerCleanUrl(tabUrl: string, info: PageInfo): void {
  const input = field('url');
  if (touched.has('url') || input.value !== tabUrl) return;
  const cleaned = captureUrl(tabUrl, info.declared);
  if (cleaned.url === tabUrl) return;
  input.value = cleaned.url;
  const what = [
    ...(cleaned.canonical ? [t('popupUrlCanonical')] : []),
    ...(cleaned.removed.length ? [t('popupUrlTrackers', cleaned.removed.join(', '))] : []),
  ];
  const notice = byId<HTMLElement>('url-cleaned');
  byId<HTMLElement>('url-cleaned-what').textContent = t('popupUrlCleaned', what.join('; '));
  notice.hidden = false;
  const restore = () => {
    input.value = tabUrl;
    // As if typed: nothing arriving later puts the cleaned address back.
    touched.add('url');
    notice.hidden = true;
    byId<HTMLElement>('status').textContent = t('popupUrlRestored');
    document.removeEventListener('keydown', onKey);
  };
  // The key's code, not its character: Alt+R types "®" on a Mac keyboard.
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR') {
      event.preventDefault();
      restore();
    }
  };
  byId<HTMLButtonElement>('url-restore').onclick = restore;
  document.addEventListener('keydown', onKey);
}
