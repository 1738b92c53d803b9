import browser from 'webextension-polyfill';
import { candidatesFromTabs } from '../core/intake/tabs';
import { digestOf, type Issue } from '../core/model';
import { addCandidates } from '../storage/inbox/inbox';
import { t } from '../ui/i18n';

interface Props {
  issue: Issue;
  onDone: (text: string, error?: boolean) => void;
}

/**
 * "Clip all tabs in this window": the window's web pages into the digest's inbox. Reading
 * other tabs' addresses needs the optional `tabs` permission, asked for in this click.
 */
export function ClipAllTabs({ issue, onDone }: Props) {
  function clipAll() {
    // Asked before any await: browsers grant a permission only inside the user's gesture.
    const asked = browser.permissions.request({ permissions: ['tabs'] });
    void (async () => {
      try {
        if (!(await asked.catch(() => false))) return onDone(t('sp_tabsDenied'), true);
        const tabs = await browser.tabs.query({ currentWindow: true });
        const { candidates } = candidatesFromTabs(tabs, t('inbox_windowName'));
        const outcome = await addCandidates(digestOf(issue), candidates);
        onDone(t('sp_tabsAdded', outcome.added.length, outcome.already.length));
      } catch (error) {
        onDone(error instanceof Error ? error.message : String(error), true);
      }
    })();
  }
  return (
    <button type="button" class="clip-all-tabs" onClick={clipAll}>
      {t('sp_clipAllTabs')}
    </button>
  );
}
