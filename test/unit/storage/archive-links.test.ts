/**
 * Every link a published issue shows is found by the earlier-issue check and the
 * duplicate index, item or not: an intro's link, an event's group page, a quote's source.
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/core/links/normalize';
import { restoreBackup } from '../../../src/storage/backup/backup';
import { addClip } from '../../../src/storage/clips/clips';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { earlierLinks } from '../../../src/storage/issues/earlier';
import { getCurrentDraft, saveIssue } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { makeBackup, makeClip, makeIssue } from '../helpers/backup-data';
import { at, freshDb } from './fresh-db';

type Db = { dbName: string };

const GROUP = 'https://www.meetup.com/rust-berlin/';

const page = (id: string) => ({
  url: `https://example.com/${id}`,
  pageTitle: id,
  description: '',
  heading: id,
  comment: '',
  categoryId: 'tools',
  issueId: 'd1',
});

async function byUrl(db: Db, key: string): Promise<string[]> {
  const opened = await openDB(db.dbName);
  try {
    return (await opened.getAllKeysFromIndex('archive', 'by-url', normalizeUrl(key))) as string[];
  } finally {
    opened.close();
  }
}

describe('the links of a published issue beyond its items', () => {
  it('publishing indexes every link of the Markdown, and a trashed clip leaves them', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft({ ...db, now: at(2024, 3, 1), newId: () => 'd1' });
    await saveIssue({ ...draft, intro: `Meet us at [Rust Berlin](${GROUP}).` }, db);
    let n = 0;
    const ids = (id: string) => ({ ...db, newId: () => id, now: at(2024, 3, 1, 10, n++) });
    await addClip(page('a'), ids('a'));
    await addClip(page('b'), ids('b'));
    const { next } = await publishIssue('d1', { ...db, newId: () => 'd2' });
    expect(await byUrl(db, GROUP)).toEqual(['d1']);
    const earlier = await earlierLinks({ id: next.id }, [GROUP], db);
    expect([...earlier.keys()]).toEqual([normalizeUrl(GROUP)]);
    // Taking a clip out of the record rewrites it; the issue still published the link.
    await moveToTrash('a', db);
    expect(await byUrl(db, GROUP)).toEqual(['d1']);
  });

  it('a restored backup indexes the links of each published issue’s Markdown', async () => {
    const db = freshDb();
    const issue = makeIssue({
      id: 'p1',
      status: 'published',
      publishedMarkdown: `# Issue\n\n* 2024-03-07 | Berlin, DE | [Rust Berlin](${GROUP})\n    * [**Rust and Tell**](https://www.meetup.com/rust-berlin/events/1/)\n\n<https://example.com/autolink>\n`,
    });
    await restoreBackup(
      makeBackup({ issues: [issue], clips: [makeClip({ id: 'c1', issueId: 'p1' })] }),
      db,
    );
    expect(await byUrl(db, GROUP)).toEqual(['p1']);
    expect(await byUrl(db, 'https://example.com/autolink')).toEqual(['p1']);
  });
});
