import { startGitServer } from '../git-server/server';
import { axeViolations, SCHEMES } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { connect, openTeam, status } from './team/profile';

test.use({ extensionDir: E2E_EXTENSION_DIR });

test('axe-core finds nothing in the Team view, before and after connecting, light and dark', async ({
  context,
  extensionUrl,
}) => {
  const server = await startGitServer();
  try {
    server.createRepo('axe');
    const page = await openTeam(context, extensionUrl);
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await axeViolations(page, `${scheme} before connecting`)));
    }
    await connect(page, server, { url: server.url('axe'), name: 'Aiko' });
    await expect(status(page)).toContainText('Connected');
    await page.getByRole('button', { name: 'Get team clips' }).click();
    await expect(status(page)).toContainText('No teammate has shared');
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await axeViolations(page, `${scheme} connected`)));
    }
    expect(found).toEqual([]);
  } finally {
    await server.close();
  }
});
