import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';

/**
 * The tab beside the panel: the active tab of its window, followed as the editor switches
 * tabs or a tab loads another page. Its URL is readable only where the extension may
 * read the tab (activeTab after a toolbar click or shortcut, or host access).
 * Test seam, as in the popup: `?tab=ID` names the tab, because a test opens this page as
 * a tab of its own.
 */
export function useCurrentTab(): Tabs.Tab | null {
  const [tab, setTab] = useState<Tabs.Tab | null>(null);
  useEffect(() => {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    const read = async () => {
      try {
        if (Number.isInteger(named) && named > 0) return setTab(await browser.tabs.get(named));
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        setTab(active ?? null);
      } catch {
        setTab(null);
      }
    };
    void read();
    const onUpdated = (_id: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (change.url || change.title || change.status === 'complete') void read();
    };
    browser.tabs.onActivated.addListener(read);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(read);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}
