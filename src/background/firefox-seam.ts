import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { handleCommand } from './commands';
import { handleMenuClick } from './menus';

// Test seam, only in the Firefox test build (vite --mode firefox-e2e, dist/firefox-e2e;
// the product builds drop this block, leaving an empty module). The same two things the
// Chrome e2e build has, for the same reasons, plus one Firefox needs:
// - A test driving Firefox over WebDriver BiDi may not navigate to a moz-extension://
//   page, so the extension opens its own workspace on install; the test finds that page
//   among the browser's pages and opens the popup from it (tabs.create is the extension
//   opening its own page).
// - A test cannot open a native menu or press a browser shortcut, so it sends what
//   Firefox would pass and the real handlers run in the real background.
// Registered synchronously at the top level like every listener, so the install event
// that woke the background is seen.
if (import.meta.env.MODE === 'firefox-e2e') {
  browser.runtime.onInstalled.addListener(() => browser.runtime.openOptionsPage());
  browser.runtime.onMessage.addListener((message: unknown) => {
    const test = message as { type?: string; info?: Menus.OnClickData; tab?: Tabs.Tab };
    const command = (message as { command?: string }).command;
    if (test.type === 'test:menu-click' && test.info) return handleMenuClick(test.info, test.tab);
    if (test.type === 'test:command' && command) return handleCommand(command);
    return undefined;
  });
}
