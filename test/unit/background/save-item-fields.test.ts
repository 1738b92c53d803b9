import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import { type ClipInput, parseRequest } from '../../../src/core/messages';
import { sameValue } from '../../../src/core/model/clip-edit';
import { baseOf, fieldsFromClip } from '../../../src/popup/form';
import { getClip } from '../../../src/storage/clips/clips';
import { updateClip } from '../../../src/storage/clips/edits';
import { closeDatabase } from '../../../src/storage/db';

// The popup sends the house style's own item fields as the clip's `extra`.

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const input: ClipInput = {
  url: 'https://example.com/talk',
  pageTitle: 'A talk',
  description: '',
  heading: 'A talk',
  comment: '',
  categoryId: 'tools',
};

describe("the popup's item fields", () => {
  it('are stored on a new clip', async () => {
    const saved = await saveCapture({ ...input, extra: { prefix: '[video] ' } });
    if (!saved.ok) throw new Error(saved.error);
    expect((await getClip(saved.clip.id))?.extra).toEqual({ prefix: '[video] ' });
  });

  it('are changed by an edit that merges with a heading changed elsewhere meanwhile', async () => {
    const created = await saveCapture({ ...input, extra: { prefix: '[audio] ', pr: '1' } });
    if (!created.ok) throw new Error(created.error);
    const base = baseOf(created.clip);
    const elsewhere = await updateClip(
      created.clip.id,
      { heading: 'Renamed elsewhere' },
      { updatedAt: created.clip.updatedAt, values: { heading: 'A talk' } },
    );
    expect(elsewhere.status).toBe('saved');
    // The record comes back with its keys in another order: still what the popup loaded.
    const reordered = { pr: '1', prefix: '[audio] ' };
    const edited = await saveCapture({
      ...fieldsFromClip(created.clip),
      extra: { ...reordered, prefix: '[video] ' },
      id: created.clip.id,
      base: { ...base, values: { ...base.values, extra: reordered } },
    });
    expect(edited).toMatchObject({
      ok: true,
      clip: { heading: 'Renamed elsewhere', extra: { prefix: '[video] ', pr: '1' } },
    });
  });

  it('are refused, saying where, when a name is not a variable name', () => {
    const message = { type: 'save-clip', input: { ...input, extra: { 'no spaces': 'x' } } };
    const parsed = parseRequest(message);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok || parsed.error).toMatch(/^malformed request: input\.extra/);
  });
});

describe('two values of a field', () => {
  it('are the same records whatever their order, and an empty record is none', () => {
    expect(sameValue({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameValue({}, undefined)).toBe(true);
    expect(sameValue({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameValue({ a: '1' }, undefined)).toBe(false);
    expect(sameValue('x', 'x')).toBe(true);
    expect(sameValue('x', 'y')).toBe(false);
  });
});
