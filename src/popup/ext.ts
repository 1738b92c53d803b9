/**
 * The few browser APIs the popup's first script needs, without webextension-polyfill:
 * Firefox's `browser` and Chrome's MV3 `chrome` both return promises for these, and the
 * polyfill alone would be most of the first script's size.
 */
export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

interface ExtensionApi {
  tabs: {
    get(id: number): Promise<TabInfo>;
    query(filter: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    getURL(path: string): string;
  };
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
export const ext: ExtensionApi = (scope.browser ?? scope.chrome) as ExtensionApi;

/**
 * The tab to clip: the active tab of the popup's window. Test seam: `?tab=ID` names the
 * tab instead, because a popup opened by a test is a page of its own and is not granted
 * activeTab; the e2e build adds host access to 127.0.0.1 so that tab can be read. In the
 * product build the parameter gives nothing the popup could not read anyway.
 */
export async function targetTab(): Promise<TabInfo | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return ext.tabs.get(named);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}
