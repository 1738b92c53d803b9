import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGES, type PageServer, startPageServer } from '../e2e/page-server';
import {
  clickOn,
  fieldValue,
  openPopupFor,
  openTab,
  readClips,
  readStore,
  type Session,
  startSession,
  textOf,
  typeInto,
} from './extension';
import { waitFor } from './firefox';

// The flows of test/e2e/capture-popup.spec.ts in Firefox ESR with dist/firefox-e2e. The
// popup is opened as a tab naming the page's tab (`?tab=`), as in Chrome, because a popup
// a test opens is not granted activeTab; the test build's host access to 127.0.0.1 lets
// it read the page through `scripting` instead.

const hostile = PAGES['/hostile'];

describe('Firefox: the popup', () => {
  let session: Session;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    session = await startSession();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('is prefilled from the page, saves, says Saved, and the clip is in IndexedDB', async () => {
    await openTab(session.firefox, server.url('/hostile'));
    const popup = await openPopupFor(session, server.url('/hostile'));
    // Title and URL come from the tab, the description from the page through scripting.
    expect(await fieldValue(popup, '#field-pageTitle', hostile?.title)).toBe(hostile?.title);
    expect(await fieldValue(popup, '#field-heading')).toBe(
      'Kubernetes 入門 🚀 x</a><script>alert(1)</script> & "quotes"',
    );
    expect(await fieldValue(popup, '#field-url')).toBe(server.url('/hostile'));
    expect(await fieldValue(popup, '#field-description', hostile?.description)).toBe(
      hostile?.description,
    );
    expect(await fieldValue(popup, '#field-categoryId')).toBe('new-features');

    await typeInto(popup, '#field-comment', '面白い記事 & **太字**');
    await popup.select('#field-categoryId', 'notable-articles');
    await clickOn(popup, '::-p-aria([name="Save"][role="button"])');
    expect(await textOf(popup, '[role="status"]', 'Saved')).toContain('Saved');

    const clips = await readClips(popup);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      url: server.url('/hostile'),
      pageTitle: hostile?.title,
      description: hostile?.description,
      comment: '面白い記事 & **太字**',
      categoryId: 'notable-articles',
    });
    await popup.close();
  });

  test('reopening on the same page says Already clipped and saving edits that clip', async () => {
    const page = await openTab(session.firefox, server.url('/plain?utm_source=newsletter'));
    let popup = await openPopupFor(session, server.url('/plain?utm_source=newsletter'));
    expect(await fieldValue(popup, '#field-heading', 'A plain page')).toBe('A plain page');
    await typeInto(popup, '#field-comment', 'first thoughts');
    // The first test left Notable Articles as the last used category.
    await popup.select('#field-categoryId', 'new-features');
    await popup.keyboard.down('Control');
    await popup.keyboard.press('Enter');
    await popup.keyboard.up('Control');
    expect(await textOf(popup, '[role="status"]', 'Saved')).toContain('Saved');
    await popup.close();

    // The same article without the tracker is the same clip.
    await page.goto(server.url('/plain'));
    popup = await openPopupFor(session, server.url('/plain'));
    const notice = await textOf(popup, '[data-testid="already-clipped"]', 'Already clipped');
    expect(notice).toContain('Already clipped');
    expect(notice).toContain('✨ New Features');
    expect(await fieldValue(popup, '#field-comment', 'first thoughts')).toBe('first thoughts');
    await typeInto(popup, '#field-comment', 'second thoughts');
    await clickOn(popup, '::-p-aria([name="Save"][role="button"])');
    expect(await textOf(popup, '[role="status"]', 'Saved')).toContain('Saved');

    const plain = (await readClips(popup)).filter((c) => c.url.startsWith(server.url('/plain')));
    expect(plain.map((c) => c.comment)).toEqual(['second thoughts']);
    await popup.close();
  });

  test('a comment being typed survives closing and reopening the popup', async () => {
    await openTab(session.firefox, server.url('/other'));
    let popup = await openPopupFor(session, server.url('/other'));
    await clickOn(popup, '#field-comment');
    await popup.keyboard.type('half-written 下書き');
    await popup.select('#field-categoryId', 'tools');
    // Each keystroke's put commits within milliseconds; a test can close the popup faster
    // than a person, so it waits for the last one.
    const draftKey = server.url('/other');
    const stored = await waitFor(async () => {
      const drafts = await readStore<{ url?: string; comment: string; categoryId?: string }>(
        popup,
        'drafts',
      );
      return drafts.find((d) => d.comment === 'half-written 下書き' && d.categoryId === 'tools');
    });
    expect(stored, `no draft for ${draftKey}`).toBeTruthy();
    await popup.close();

    popup = await openPopupFor(session, server.url('/other'));
    expect(await fieldValue(popup, '#field-comment', 'half-written 下書き')).toBe(
      'half-written 下書き',
    );
    expect(await fieldValue(popup, '#field-categoryId')).toBe('tools');
    expect((await readClips(popup)).map((c) => c.url)).not.toContain(server.url('/other'));
    await popup.close();
  });
});
