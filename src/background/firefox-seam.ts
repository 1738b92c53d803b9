import browser from 'webextension-polyfill';

// Test seam, only in the Firefox test build (vite --mode firefox-e2e, dist/firefox-e2e;
// the product builds drop this block, leaving an empty module). A test driving Firefox
// over WebDriver BiDi may not navigate to a moz-extension:// page, so the extension
// opens its own workspace on install, and the test (test/firefox/smoke.test.ts) finds
// that page among the browser's pages and drives it. Registered synchronously at the
// top level like every listener, so the install event that woke the background is seen.
if (import.meta.env.MODE === 'firefox-e2e') {
  browser.runtime.onInstalled.addListener(() => browser.runtime.openOptionsPage());
}
