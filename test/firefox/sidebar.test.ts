import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type PageServer, startPageServer } from '../e2e/page-server';
import {
  openExtensionPage,
  openTab,
  readClips,
  type Session,
  startSession,
  tabIdOf,
} from './extension';
import { waitFor } from './firefox';
import { clipHeadings, control } from './workspace';

// The side panel in Firefox is its sidebar_action page. Opened here as a tab naming the
// page's tab (`?tab=`), as the Chrome test does, since a test cannot open the sidebar.

const NOTABLE = '👀 Notable Articles';

describe('Firefox: the sidebar', () => {
  let session: Session;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    session = await startSession();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('clips the current tab into a section, and the workspace shows it without reload', async () => {
    await openTab(session.firefox, server.url('/plain'));
    const id = await tabIdOf(session.workspace, server.url('/plain'));
    const panel = await openExtensionPage(
      session.firefox,
      session.workspace,
      `src/sidepanel/index.html?tab=${id}`,
    );
    await (await control(panel, `Clip this tab into ${NOTABLE}`)).click();
    const clipped = await waitFor(async () =>
      (await readClips(panel)).some((c) => c.url === server.url('/plain')),
    );
    expect(clipped).toBe(true);
    await session.workspace.bringToFront();
    const shown = await waitFor(
      async () => (await clipHeadings(session.workspace, NOTABLE)).length === 1,
    );
    expect(shown).toBe(true);
    expect(await clipHeadings(session.workspace, NOTABLE)).toEqual(['A plain page']);
  });
});
