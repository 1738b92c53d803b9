import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, lineCount, ROOT } from './source';

/** Files stay small and single-purpose; past this, split the file by what it does. */
const MAX_LINES = 250;

describe('file size', () => {
  it('counts lines as an editor shows them', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\n\nb\n')).toBe(3);
  });

  it(`no file in src/ is over ${MAX_LINES} lines`, () => {
    const files = filesUnder('src');
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) => {
      const lines = lineCount(readFileSync(join(ROOT, file), 'utf8'));
      return lines > MAX_LINES ? [`${file}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});
