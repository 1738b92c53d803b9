import { describe, expect, it } from 'vitest';
import { adoptImport } from '../../../../src/core/issue/adopt';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { counterIds } from '../../../../src/core/model';
import { DEFAULTS, makeIssue } from '../../helpers/backup-data';

describe("an imported section meets the workspace's sections", () => {
  it('matches by the same rule as a team merge: case, spacing and the emoji selector do not count', () => {
    const markdown =
      '## ✨ new  features\n\n### A\n\n<a class="embedly-card" data-card-controls="0" href="https://a.example/">A</a>\n';
    const imported = importIssue(markdown, { id: counterIds('imp') });
    const doc = adoptImport(imported, {
      issue: makeIssue({ id: 'draft' }),
      categories: [...DEFAULTS],
    });
    expect(doc.categories).toHaveLength(DEFAULTS.length);
    expect(doc.clips[0]?.categoryId).toBe('new-features');
  });
});
