import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES } from '../../../src/core/markdown';
import { listStyles, putStyle } from '../../../src/storage/digests/styles';
import { freshDb } from './fresh-db';

describe('the editor’s own styles', () => {
  it('never stores one named like a built-in style, which would never be used', async () => {
    const db = freshDb();
    const builtIn = BUILTIN_STYLES[0] as (typeof BUILTIN_STYLES)[number];
    await expect(putStyle({ ...builtIn, label: 'Mine' }, db)).rejects.toThrow(
      `${builtIn.name} is a built-in style's name; a style of your own needs another`,
    );
    await putStyle({ ...builtIn, name: 'mine', label: 'Mine' }, db);
    expect((await listStyles(db)).map((s) => s.name)).toEqual(['mine']);
  });
});
