import { expect, test } from './fixtures';
import { importMarkdown, longIssue, openWorkspace } from './workspace-helpers';

const name = (n: number) => `Item ${String(n).padStart(3, '0')}`;

test('a long draft shows its first screen of rows first, then every row', async ({
  context,
  extensionUrl,
}) => {
  const total = 150;
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, longIssue(Array.from({ length: total }, (_, i) => name(i + 1))));
  await expect(page.locator('[data-clip-id]')).toHaveCount(total);

  // From before the page's scripts run: how many rows the first render put in the page,
  // and whether the last of them was already below the window's bottom edge.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const rows = document.querySelectorAll('[data-clip-id]');
      if (rows.length === 0) return;
      seen.disconnect();
      const last = rows[rows.length - 1] as Element;
      Object.assign(window, {
        __firstRows: rows.length,
        __pastTheFold: last.getBoundingClientRect().top >= innerHeight,
        __previewFirst: document.querySelector('[data-testid="markdown-preview"]') !== null,
      });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.locator('[data-clip-id]')).toHaveCount(total);
  const firstRows = await page.evaluate(() => (window as { __firstRows?: number }).__firstRows);
  const pastTheFold = await page.evaluate(
    () => (window as { __pastTheFold?: boolean }).__pastTheFold,
  );
  expect(firstRows).toBeGreaterThan(0);
  expect(firstRows).toBeLessThan(total);
  // The first screen is full: nothing on screen waits for the rows built after it.
  expect(pastTheFold).toBe(true);
  // The sidebar's Markdown is rendered after the rows' first paint, then shows the issue.
  const previewFirst = await page.evaluate(
    () => (window as { __previewFirst?: boolean }).__previewFirst,
  );
  expect(previewFirst).toBe(false);
  await expect(page.getByTestId('markdown-preview')).toContainText(`### ${name(total)}`);

  // Every row, in the issue's order, and the section counts them all from the start.
  const headings = await page.locator('[data-clip-id] h3').allTextContents();
  expect(headings).toEqual(Array.from({ length: total }, (_, i) => name(i + 1)));
  await expect(page.getByRole('heading', { name: `✨ New Features (${total})` })).toBeVisible();

  // Once all are built, the keys go on from the last row of the first screen to the next.
  await page.getByRole('article', { name: name(firstRows as number) }).focus();
  await page.keyboard.press('j');
  await expect(page.getByRole('article', { name: name((firstRows as number) + 1) })).toBeFocused();
});

test('no frame shows "Loading…" before the draft: the first render waits for its read', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, longIssue([name(1), name(2), name(3)]));
  await expect(page.locator('[data-clip-id]')).toHaveCount(3);

  // Every frame from the page's first until the one with the draft's rows.
  await page.addInitScript(() => {
    const frames: { rows: number; loading: boolean }[] = [];
    Object.assign(window, { __frames: frames });
    const look = () => {
      const rows = document.querySelectorAll('[data-clip-id]').length;
      const loading = document.querySelector('main')?.textContent?.includes('Loading…') ?? false;
      frames.push({ rows, loading });
      if (rows === 0 && frames.length < 1000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  await expect(page.locator('[data-clip-id]')).toHaveCount(3);
  const frames = await page.evaluate(
    () => (window as { __frames?: { rows: number; loading: boolean }[] }).__frames ?? [],
  );
  expect(frames.at(-1)?.rows).toBe(3);
  expect(frames.filter((frame) => frame.loading)).toEqual([]);
});
