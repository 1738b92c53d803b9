import { expect, test } from './fixtures';
import { openWorkspace, section } from './workspace-helpers';

const NOTABLE = '👀 Notable Articles';

test('text typed into Add clip while the previous clip is saved is kept', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  const area = section(page, NOTABLE);
  await area.getByRole('button', { name: 'Add clip' }).click();
  const form = area.getByRole('group', { name: /^Add clip/ });
  const comment = form.getByLabel('Comment');
  for (let i = 1; i <= 10; i++) {
    await form.getByLabel('Heading').fill(`Clip ${i}`);
    await form.getByLabel('URL').fill(`https://example.com/${i}`);
    await comment.fill(`Comment ${i}.`);
    // Save with Ctrl+Enter from the comment and go on typing at once, as editors do.
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type(`Next${i}`);
    await expect(area.getByRole('article')).toHaveCount(i);
    await expect(area.getByRole('article').nth(i - 1)).toHaveAccessibleName(`Clip ${i}`);
    // The form emptied for the next clip, except for what was typed meanwhile.
    await expect(comment).toHaveValue(`Next${i}`);
    await expect(form.getByLabel('Heading')).toHaveValue('');
  }
});
