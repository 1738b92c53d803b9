import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checksOffByStyle, editorialChecks } from '../../../../src/core/issue/checks';
import { findStyle, importDocument } from '../../../../src/core/markdown';
import { requireShared, sharedFixture } from '../../helpers/shared-fixtures';

/**
 * A style whose items never carry a comment gets no "has no comment" findings: This Week in
 * Rust's issue of a hundred comment-less items is as its editors publish it.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const NECO = 'neco-weekly-2022-07-29.md';
const PW = 'productivity-weekly-2022-07-20.md';
const present = requireShared(TWIR, NECO, PW);

function imported(name: string) {
  const found = importDocument(readFileSync(sharedFixture(name), 'utf8'));
  const style = findStyle(found.style.name);
  if (!style) throw new Error(`no built-in style ${found.style.name}`);
  return { doc: found.doc, style };
}

const noComment = (kinds: { kind: string }[]) => kinds.filter((f) => f.kind === 'no-comment');

describe.skipIf(!present)('checks by the issue style', () => {
  it('a This Week in Rust import has no "no comment" findings, though its items have none', () => {
    const { doc, style } = imported(TWIR);
    expect(style.name).toBe('this-week-in-rust');
    expect(doc.clips.length).toBeGreaterThan(50);
    expect(doc.clips.every((clip) => clip.comment.trim() === '')).toBe(true);
    expect(noComment(editorialChecks(doc, style))).toEqual([]);
  });

  it('a Neco Weekly issue still gets them for its clips without a comment', () => {
    const { doc, style } = imported(NECO);
    expect(style.name).toBe('embedly-link');
    const bare = doc.clips.map((clip, i) => (i === 0 ? { ...clip, comment: '' } : clip));
    const found = noComment(editorialChecks({ ...doc, clips: bare }, style));
    expect(found).toEqual([{ kind: 'no-comment', clipId: doc.clips[0]?.id }]);
  });

  it('a Productivity Weekly issue on Zenn too', () => {
    const { doc, style } = imported(PW);
    expect(style.name).toBe('productivity-weekly');
    const bare = doc.clips.map((clip) => ({ ...clip, comment: '' }));
    expect(noComment(editorialChecks({ ...doc, clips: bare }, style))).toHaveLength(bare.length);
  });
});

describe('which styles place a comment', () => {
  it.each([
    ['this-week-in-rust', ['no-comment']],
    ['lwkd', []],
    ['zenn', []],
    ['productivity-weekly', []],
    ['embedly-link', []],
  ])('%s turns off %j', (name, off) => {
    const style = findStyle(name);
    if (!style) throw new Error(`no style ${name}`);
    expect(checksOffByStyle(style)).toEqual(off);
  });
});
