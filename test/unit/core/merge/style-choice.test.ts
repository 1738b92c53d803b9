import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allStyles, detectStyle } from '../../../../src/core/markdown';
import {
  detectOnHead,
  HEAD_ITEMS,
  HEAD_LINES,
  textHead,
} from '../../../../src/core/merge/edition/style-choice';
import { mergeEditions } from '../../../../src/core/merge/editions';
import { requireShared, SHARED_FIXTURES, underCi } from '../../helpers/shared-fixtures';

/**
 * The merge detects the house style on the base's head, not the whole edition: how much of
 * the text it hands the engine's detection, that a late first item is still found, and that
 * the head decides as the whole text does on every real edition beside the repository.
 */

// Every text the engine is asked to detect a style in, as the merge hands it over.
const detected = vi.hoisted(() => [] as string[]);
vi.mock('../../../../src/core/markdown', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../../../src/core/markdown')>();
  return {
    ...engine,
    detectStyle: (...args: Parameters<typeof engine.detectStyle>) => {
      detected.push(args[0]);
      return engine.detectStyle(...args);
    },
  };
});

beforeEach(() => {
  detected.length = 0;
});

const SECTIONS = ['Official', 'Newsletters', 'Research'];
const bullet = (side: string, s: number, i: number) =>
  `* [${side} ${s}-${i}](https://example.com/${side}/${s}/${i})\n`;

/** A This Week in Rust edition: `items` per section, `added` more of `side` at each end. */
function twir(items: number, side = '', added = 0, intro = 'Hello and welcome.\n'): string {
  const head = `Title: This Week in Rust 600\nNumber: 600\nDate: 2025-01-01\nCategory: This Week in Rust\n\n${intro}\n## Updates from Rust Community\n`;
  const body = SECTIONS.map((name, s) => {
    const own = Array.from({ length: items }, (_, i) => bullet('item', s, i));
    const more = Array.from({ length: added }, (_, i) => bullet(side, s, i));
    return `\n### ${name}\n${[...own, ...more].join('')}`;
  });
  return `${head}${body.join('')}\n## Quote of the Week\n\nNone.\n`;
}

const lineCount = (text: string) => text.split('\n').length - 1;

describe('the style the edition merge reads by', () => {
  it('is detected on a head of a few dozen lines, however long the edition', {
    timeout: 60_000,
  }, () => {
    const base = twir(1_500);
    const merged = mergeEditions(base, twir(1_500, 'ours', 2), twir(1_500, 'theirs', 2));
    expect(merged.clean).toBe(true);
    expect(merged.style).toBe('this-week-in-rust');
    expect(lineCount(base)).toBeGreaterThan(4_000);
    expect(detected).toHaveLength(1);
    expect(lineCount(detected[0] ?? '')).toBeLessThanOrEqual(2 * HEAD_LINES);
    expect(base.startsWith(detected[0] ?? '-')).toBe(true);
  });

  it('reads on, doubling the head, while it holds too few items', () => {
    const intro = 'Words about this week, and no link in them.\n'.repeat(150);
    const base = twir(50, '', 0, intro);
    const merged = mergeEditions(base, twir(50, 'ours', 1, intro), twir(50, 'theirs', 1, intro));
    expect(merged.style).toBe('this-week-in-rust');
    expect(merged.clean).toBe(true);
    const lines = detected.map(lineCount);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toBeLessThanOrEqual(2 * HEAD_LINES);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(new Set(lines).size).toBe(lines.length);
    expect(detectOnHead(base, allStyles()).items).toBeGreaterThanOrEqual(HEAD_ITEMS);
    expect(detected[detected.length - 1]?.length).toBeLessThan(base.length);
  });

  it('cuts the head at a blank line after the first lines, never inside a block', () => {
    const text = 'a\nb\nc\nd\n\ne\n';
    expect(textHead(text, 3)).toBe('a\nb\nc\nd\n\n');
    expect(textHead(text, 5)).toBe('a\nb\nc\nd\n\ne\n');
    expect(textHead('a\nb\nc\nd\ne\nf\ng\n', 2)).toBe('a\nb\nc\nd\n');
    expect(textHead('no line break', 1)).toBe('no line break');
  });
});

const MERGES = resolve(import.meta.dirname, '../../../../../shared/merges');

/** The real editions beside the repository: the digests' issues and the merges' texts. */
function realEditions(): [string, string][] {
  const texts: [string, string][] = [];
  if (requireShared())
    for (const name of readdirSync(SHARED_FIXTURES))
      if (name.endsWith('.md') && name !== 'README.md')
        texts.push([name, readFileSync(join(SHARED_FIXTURES, name), 'utf8')]);
  if (!existsSync(MERGES)) {
    if (underCi()) throw new Error(`${MERGES} is absent: CI=true needs ../shared/merges.`);
    return texts;
  }
  for (const folder of readdirSync(MERGES))
    for (const side of ['base', 'ours', 'theirs', 'merged']) {
      const path = join(MERGES, folder, `${side}.md`);
      if (existsSync(path)) texts.push([`${folder}/${side}`, readFileSync(path, 'utf8')]);
    }
  return texts;
}

const real = realEditions();

describe.runIf(real.length > 0)('detection on the head of real editions', () => {
  it('picks the style the whole text gives, on every one', { timeout: 120_000 }, () => {
    const styles = allStyles();
    const differ = real.filter(
      ([, text]) => detectOnHead(text, styles).style.name !== detectStyle(text, styles).style.name,
    );
    expect(differ.map(([name]) => name)).toEqual([]);
  });
});
