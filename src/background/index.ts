// The service worker entry. Listeners must be registered synchronously on every start,
// or events that woke the worker are lost.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { handleCommand } from './commands';
import { FEED_ALARM, handleAlarm } from './feeds';
import './firefox-seam';
import { init } from './init';
import { handleMenuClick } from './menus';

init();

// Test seam, only in the e2e build (vite --mode e2e; the product build drops this
// block): a test cannot open a native context menu or press a browser shortcut, so it
// sends what Chrome would pass, and the real handlers run in the real worker. A message
// also wakes a stopped worker, which is how the restart test reaches the new one.
if (import.meta.env.MODE === 'e2e') {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const test = message as {
      type?: string;
      info?: Menus.OnClickData;
      tab?: Tabs.Tab;
      command?: string;
    };
    if (test.type === 'test:menu-click' && test.info) return handleMenuClick(test.info, test.tab);
    if (test.type === 'test:command' && test.command) return handleCommand(test.command);
    if (test.type === 'test:alarm') return handleAlarm({ name: FEED_ALARM });
    return undefined;
  });
}
