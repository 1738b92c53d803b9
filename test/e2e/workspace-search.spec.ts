import { expect, test } from './fixtures';
import { importMarkdown, openWorkspace, smallIssue } from './workspace-helpers';

test('search finds clips by text, category, issue and date, and shows one in the draft', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue('2022-07-29'));
  // Publish, so the search spans two issues: Delta waits in the next draft.
  await page.getByRole('button', { name: 'Publish issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish issue' });
  await dialog.getByRole('checkbox', { name: 'Delta' }).check();
  await dialog.getByRole('button', { name: 'Publish issue' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const count = page.getByTestId('search-count');
  const results = page.getByRole('list', { name: 'Search all clips' }).getByRole('listitem');
  await expect(count).toHaveText('Clips found: 4');

  await page.getByLabel('Search', { exact: true }).fill('GAMMA');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Gamma');
  await expect(count).toHaveText('Clips found: 1');

  await page.getByLabel('Search', { exact: true }).fill('about');
  await expect(count).toHaveText('Clips found: 4');
  await page.getByLabel('Category', { exact: true }).selectOption({ label: '👀 Notable Articles' });
  await expect(results).toHaveText([/^Delta/]);
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'All' });
  await page
    .getByLabel('Issue', { exact: true })
    .selectOption({ label: 'Small Weekly (2022-07-29)' });
  await expect(count).toHaveText('Clips found: 3');
  await page.getByLabel('Issue', { exact: true }).selectOption({ label: 'All' });

  // Every clip was made today: a range that starts tomorrow finds none.
  const tomorrow = await page.evaluate(() => {
    const date = new Date();
    date.setDate(date.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  });
  await page.getByLabel('Clipped from').fill(tomorrow);
  await expect(count).toHaveText('Clips found: 0');
  await page.getByLabel('Clipped from').fill('');
  await page.getByLabel('Clipped until').fill(tomorrow);
  await expect(count).toHaveText('Clips found: 4');

  // Only the clip in the current draft can be shown there.
  await page.getByLabel('Search', { exact: true }).fill('delta');
  await expect(results).toHaveCount(1);
  await results.getByRole('button', { name: 'Show in draft' }).click();
  await expect(page.getByRole('heading', { name: 'Delta', level: 3 })).toBeFocused();
});

test('search finds the matches among 10,000 clips in past issues', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  // Seeded straight into the extension's IndexedDB from its own page: typing 10,000 clips
  // through the UI is not the point here; finding them is.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('digest-clipper');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['clips', 'issues'], 'readwrite');
    const stamp = new Date().toISOString();
    tx.objectStore('issues').put({
      id: 'archive',
      title: 'Archive',
      number: 1,
      date: '2020-01-03',
      header: '',
      intro: '',
      afterwordHeading: '',
      afterword: '',
      preset: 'embedly-link',
      status: 'published',
      sectionText: {},
      categoryOrder: [],
      createdAt: stamp,
      updatedAt: stamp,
      publishedMarkdown: '# Archive\n',
    });
    for (let i = 0; i < 10_000; i++) {
      const url = `https://example.com/post/${i}`;
      tx.objectStore('clips').put({
        id: `bulk-${i}`,
        url,
        normalizedUrl: url,
        pageTitle: `Post ${i}`,
        description: '',
        heading: i % 1000 === 0 ? `Needle ${i}` : `Article ${i} about storage engines`,
        comment: 'A comment of a few words, as editors write them. '.repeat(4),
        categoryId: 'tools',
        issueId: 'archive',
        order: i,
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const count = page.getByTestId('search-count');
  await expect(count).toContainText('Clips found: 10000', { timeout: 15_000 });
  await expect(count).toContainText('Showing the newest 200.');
  // How fast is for `npm run bench` to measure; here only that it finds the right ones.
  await page.getByLabel('Search', { exact: true }).fill('needle');
  await expect(count).toHaveText('Clips found: 10');
  await expect(
    page.getByRole('list', { name: 'Search all clips' }).getByRole('listitem'),
  ).toHaveCount(10);
});
