import { describe, expect, it } from 'vitest';
import { importBackupText } from '../../../src/storage/backup/import';
import { freshDb } from './fresh-db';
import { CASES, variant } from './malformed-cases';
import { seed, snapshot } from './snapshot';

describe('a malformed backup is refused with its message and the database unchanged', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  for (const [what, text, message] of CASES) {
    for (const mode of ['replace', 'merge'] as const) {
      it(`${what} (${mode})`, async () => {
        const db = freshDb();
        await seed(db);
        const before = await snapshot(db.dbName);
        const result = await importBackupText(text, mode, db);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatch(message);
        expect(result.error).not.toContain('\n');
        expect(await snapshot(db.dbName)).toEqual(before);
      });
    }
  }

  it('accepts the unmodified file, so each case fails for its own edit', async () => {
    const db = freshDb();
    expect(
      (
        await importBackupText(
          variant(() => {}),
          'replace',
          db,
        )
      ).ok,
    ).toBe(true);
  });
});
