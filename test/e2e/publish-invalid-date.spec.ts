import { expect, test } from './fixtures';
import { messages } from './messages';
import { openWorkspace, setIssueField } from './workspace-helpers';

const m = messages('en');

test('an invalid date typed into the issue is not shown, copied or published', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await setIssueField(page, 'Issue title', 'Neco Weekly ({date}号)');
  await setIssueField(page, 'Issue date', '2022-07-22');
  const preview = page.getByTestId('markdown-preview');
  await expect(preview).toHaveText(/^# Neco Weekly \(2022-07-22号\)/);

  // Typed digit by digit, as the defect was found: the year segment takes them all.
  const date = page.getByLabel('Issue date', { exact: true });
  await date.click();
  await page.keyboard.type('20220729');
  await expect(page.getByText(m('ws_dateInvalid'))).toBeVisible();
  await expect(preview).toHaveText(/^# Neco Weekly \(2022-07-22号\)/);
  await expect(preview).not.toHaveText(/20729|220729/);

  await page.getByRole('button', { name: 'Publish issue' }).click();
  await expect(page.getByText(/^Not published: the Issue date field is not valid\./)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
