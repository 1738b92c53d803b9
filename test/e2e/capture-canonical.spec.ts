import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeViolations } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, readClips } from './helpers';

// At capture the clip takes the page's own address where the page declares one on its
// site, without trackers; the popup says what changed and Alt+R gives the tab's back.

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: Server;
let origin = '';
const page = (head: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Async Rust, explained | Example</title><meta name="description" content="About async Rust.">${head}</head><body><p>article</p></body></html>`;
const PAGES: Record<string, string> = {
  '/p/123': page('<link rel="canonical" href="/posts/async-rust">'),
  '/amp': page('<meta property="og:url" content="ORIGIN/posts/og-article">'),
  '/elsewhere': page('<link rel="canonical" href="https://evil.example.net/posts/x">'),
};

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const body = PAGES[new URL(request.url ?? '/', 'http://x').pathname];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body?.replace('ORIGIN', origin) ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

test('a clip keeps the canonical address without utm_*, and the popup says so', async ({
  context,
  serviceWorker,
}) => {
  const tabUrl = `${origin}/p/123?utm_source=newsletter&utm_medium=email`;
  const tab = await context.newPage();
  await tab.goto(tabUrl);
  const popup = await openPopupFor(context, serviceWorker, tabUrl);
  const notice = popup.getByTestId('url-cleaned');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('the page’s canonical address');
  await expect(notice).toContainText('tracking parameters removed (utm_source, utm_medium)');
  await expect(popup.getByLabel('URL')).toHaveValue(`${origin}/posts/async-rust`);
  expect(await axeViolations(popup, 'popup with the address cleaned')).toEqual([]);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  const clips = await readClips(popup);
  expect(clips.map((c) => c.url)).toEqual([`${origin}/posts/async-rust`]);
});

test('og:url stands for the page when no canonical link does; Alt+R restores the tab address', async ({
  context,
  serviceWorker,
}) => {
  const tabUrl = `${origin}/amp?fbclid=IwAR0abc`;
  const tab = await context.newPage();
  await tab.goto(tabUrl);
  const popup = await openPopupFor(context, serviceWorker, tabUrl);
  await expect(popup.getByTestId('url-cleaned')).toContainText('fbclid');
  await expect(popup.getByLabel('URL')).toHaveValue(`${origin}/posts/og-article`);
  await popup.getByLabel('Comment').press('Alt+r');
  await expect(popup.getByLabel('URL')).toHaveValue(tabUrl);
  await expect(popup.getByTestId('url-cleaned')).toBeHidden();
  await expect(popup.getByRole('status')).toContainText('back as it was');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect((await readClips(popup)).map((c) => c.url)).toEqual([tabUrl]);
});

test('a canonical address on another site is not taken, and nothing is said', async ({
  context,
  serviceWorker,
}) => {
  const tabUrl = `${origin}/elsewhere`;
  const tab = await context.newPage();
  await tab.goto(tabUrl);
  const popup = await openPopupFor(context, serviceWorker, tabUrl);
  // The page's description arrives with its declared addresses: wait for that stage.
  await expect(popup.getByLabel('Description')).toHaveValue('About async Rust.');
  await expect(popup.getByLabel('URL')).toHaveValue(tabUrl);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await expect(popup.getByTestId('url-cleaned')).toBeHidden();
  expect((await readClips(popup)).map((c) => c.url)).toEqual([tabUrl]);
});
