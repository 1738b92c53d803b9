// The service worker entry. Listeners must be registered synchronously on every start,
// or events that woke the worker are lost.
import { handleCommand } from './commands';
import { init } from './init';
import { handleMenuClick } from './menus';

init();

// Test seam, only in the e2e build (vite --mode e2e; the product build drops this
// block): the real handlers, so a test can click a menu item the way Chrome would.
if (import.meta.env.MODE === 'e2e') {
  Object.assign(self, { digestClipperTest: { handleMenuClick, handleCommand } });
}
