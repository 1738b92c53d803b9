/// <reference types="chrome" />
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { clickMenu, readClips } from './helpers';
import { type PageServer, startPageServer } from './page-server';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

test('saves of one page at once make one clip, and parallel quotes all arrive (real IndexedDB)', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/other'));
  const url = server.url('/other');
  const viewer = await context.newPage();
  await viewer.goto(extensionUrl('src/options/index.html'));

  // 30 saves sent to the worker at once, as a double-pressed shortcut or two popups would.
  const results = await viewer.evaluate(async (pageUrl) => {
    const input = {
      url: pageUrl,
      pageTitle: 'Other',
      description: '',
      heading: 'Other',
      comment: '',
      categoryId: 'tools',
    };
    return Promise.all(
      Array.from({ length: 30 }, () => chrome.runtime.sendMessage({ type: 'save-clip', input })),
    );
  }, url);
  expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
  expect((await readClips(viewer)).filter((c) => c.url === url)).toHaveLength(1);

  // 20 "Clip with selection" on that page at once: every quote is kept.
  const quotes = Array.from({ length: 20 }, (_, i) => `quote ${i}`);
  await Promise.all(
    quotes.map((selectionText) =>
      clickMenu(viewer, url, { menuItemId: 'selection:tools', selectionText }),
    ),
  );
  const [clip] = (await readClips(viewer)).filter((c) => c.url === url);
  const kept = (clip?.comment ?? '').split('\n\n').sort();
  expect(kept).toEqual(quotes.map((q) => `> ${q}`).sort());
});
