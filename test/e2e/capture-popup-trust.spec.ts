import type { Page } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, readClips } from './helpers';
import { messages } from './messages';
import { type PageServer, startPageServer } from './page-server';

test.use({ extensionDir: E2E_EXTENSION_DIR });
const m = messages('en');

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

/** Changes records straight in the extension's IndexedDB, as another window's write would. */
function write(page: Page, store: 'clips' | 'categories', change: { put?: unknown; del?: string }) {
  return page.evaluate(
    ({ store, change }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digest-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          if (change.put) tx.objectStore(store).put(change.put);
          if (change.del) tx.objectStore(store).delete(change.del);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, change },
  );
}

test('a category removed while the popup is open: it says so, offers another, keeps the text', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/plain'));
  const popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await popup.getByLabel('Category').selectOption('tools');
  await popup.getByLabel('Comment').fill('typed before the removal');
  await write(popup, 'categories', { del: 'tools' });
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('alert')).toContainText(m('popupCategoryGone'));
  await expect(popup.getByLabel('Comment')).toHaveValue('typed before the removal');
  await expect(popup.getByLabel('Category')).not.toHaveValue('tools');
  await expect(popup.locator('option[value="tools"]')).toHaveCount(0);
  expect(await readClips(popup)).toHaveLength(0);

  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  const [clip] = await readClips(popup);
  expect(clip?.comment).toBe('typed before the removal');
  expect(clip?.categoryId).not.toBe('tools');
});

test('the popup does not overwrite a heading edited in the workspace since it opened', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/plain'));
  const first = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await first.getByLabel('Comment').fill('first words');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('status')).toContainText('Saved');
  await first.close();

  const popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await expect(popup.getByTestId('already-clipped')).toBeVisible();
  // Meanwhile the workspace rewrites the heading and the comment.
  const [stored] = await readClips(popup);
  const later = new Date(Date.now() + 1000).toISOString();
  await write(popup, 'clips', {
    put: { ...stored, heading: 'Workspace heading', comment: 'workspace words', updatedAt: later },
  });
  await popup.getByLabel('Heading', { exact: true }).fill('Popup heading');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('alert')).toContainText('changed in the workspace');
  expect((await readClips(popup))[0]).toMatchObject({
    heading: 'Workspace heading',
    comment: 'workspace words',
  });
  // Saving again keeps the popup's heading; the comment it never touched stays newer.
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect((await readClips(popup))[0]).toMatchObject({
    heading: 'Popup heading',
    comment: 'workspace words',
  });
});
