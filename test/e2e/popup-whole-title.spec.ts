import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import { type PageServer, startPageServer } from './page-server';

// The heading is a suggestion from the page's title; the whole title stays one key away,
// as the heading field's one choice (its list).

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

test('the popup suggests a heading and offers the whole page title in the heading list', async ({
  context,
  serviceWorker,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('/release'));
  const popup = await openPopupFor(context, serviceWorker, server.url('/release'));
  const heading = popup.getByLabel('Heading', { exact: true });
  await expect(heading).toHaveValue('loki v2.6.0');
  const list = await heading.getAttribute('list');
  expect(list).toBeTruthy();
  await expect(popup.locator(`datalist#${list} option`)).toHaveAttribute(
    'value',
    'Release v2.6.0 · grafana/loki',
  );
  // An edited page title is what the list offers then.
  await popup.getByText('Page title, URL and description').click();
  await popup.getByLabel('Page title').fill('Loki 2.6 is out');
  await expect(popup.locator(`datalist#${list} option`)).toHaveAttribute(
    'value',
    'Loki 2.6 is out',
  );
});
