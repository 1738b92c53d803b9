import { describe, expect, it } from 'vitest';
import { countIssues, getCurrentDraft, peekCurrentDraft } from '../../../src/storage/issues/issues';
import { freshDb } from './fresh-db';

// The popup asks which style a new clip will be written in: looking never makes a draft.
describe('peekCurrentDraft', () => {
  it('finds no draft where there is none, and makes none', async () => {
    const db = freshDb();
    expect(await peekCurrentDraft(db)).toBeUndefined();
    expect(await countIssues('draft', db)).toBe(0);
  });

  it('finds the current draft once there is one', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft({ ...db, locale: 'en' });
    expect((await peekCurrentDraft(db))?.id).toBe(draft.id);
  });
});
