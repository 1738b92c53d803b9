import browser, { type Tabs } from 'webextension-polyfill';

/**
 * The tab to clip: the active tab of the popup's window. Test seam: `?tab=ID` names the
 * tab instead, because a popup opened by a test is a page of its own and is not granted
 * activeTab; the e2e build adds host access to 127.0.0.1 so that tab can be read. In the
 * product build the parameter gives nothing the popup could not read anyway.
 */
export async function targetTab(): Promise<Tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
