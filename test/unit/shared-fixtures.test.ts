import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../../src/core/import';
import { renderIssue } from '../../src/core/render';

// The real issues live beside the project, not in it (ARCHITECTURE.md).
const SHARED = join(import.meta.dirname, '../../../shared/fixtures');
const present = existsSync(SHARED);
if (!present) console.warn(`Skipping real-digest round trips: ${SHARED} is absent.`);

const read = (name: string) => readFileSync(join(SHARED, name), 'utf8');

describe.skipIf(!present)('real Neco Weekly issues', () => {
  for (const name of [
    'neco-weekly-2022-07-22.md',
    'neco-weekly-2022-07-29.md',
    'neco-weekly-2022-08-05.md',
  ]) {
    it(`${name}: import then render gives the file back byte for byte`, () => {
      const markdown = read(name);
      expect(renderIssue(importIssue(markdown))).toBe(markdown);
    });
  }
});
