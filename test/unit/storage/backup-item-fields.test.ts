import { describe, expect, it } from 'vitest';
import { documentFromBackup, parseBackup, serializeBackup } from '../../../src/core/backup';
import { BUILTIN_STYLES } from '../../../src/core/markdown/style/builtin';
import { renderIssue } from '../../../src/core/markdown/write/render';
import type { IssueDocument } from '../../../src/core/model';
import { exportBackup, restoreBackup } from '../../../src/storage/backup/backup';
import { editorPack } from '../../../src/storage/backup/packs';
import { loadIssueDocument, saveIssueDocument } from '../../../src/storage/issues/documents';
import { DEFAULTS, makeClip, makeIssue } from '../helpers/backup-data';
import { freshDb } from './fresh-db';

// A house style's own item fields live in `clip.extra`: a backup and a pack carry them,
// so a restored This Week in Rust item is written with its tags again.

const twir = BUILTIN_STYLES.find((s) => s.name === 'this-week-in-rust');
if (!twir) throw new Error('this-week-in-rust is built in');

const doc: IssueDocument = {
  issue: makeIssue({ id: 'issue-1', style: 'this-week-in-rust' }),
  categories: DEFAULTS,
  clips: [
    makeClip({
      id: 'talk',
      url: 'https://example.com/talk',
      heading: 'Title with `code`',
      extra: { prefix: '[video] ' },
    }),
  ],
};
const LINE = '* [video] [Title with `code`](https://example.com/talk)';

describe('item fields', () => {
  it('survive save, export, restore, and render as before', async () => {
    const source = freshDb();
    await saveIssueDocument(doc, source);
    const parsed = parseBackup(serializeBackup(await exportBackup(source)));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = freshDb();
    await restoreBackup(parsed.value, target);
    const back = await loadIssueDocument('issue-1', target);
    expect(back?.clips[0]?.extra).toEqual({ prefix: '[video] ' });
    expect(back && renderIssue(back, twir).split('\n')).toContain(LINE);
  });

  it('survive a pack', () => {
    const parsed = parseBackup(serializeBackup(editorPack(doc, 'ana')));
    if (!parsed.ok) throw new Error(parsed.error);
    const read = documentFromBackup(parsed.value, 'issue-1');
    if (!read.ok) throw new Error(read.error);
    expect(read.value.clips[0]?.extra).toEqual({ prefix: '[video] ' });
    expect(renderIssue(read.value, twir).split('\n')).toContain(LINE);
  });
});
