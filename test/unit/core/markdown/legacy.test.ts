import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../src/core/backup';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { DEFAULTS, makeClip, makeIssue, T0 } from '../../helpers/backup-data';

/** A version 1 file as the first release wrote it: `preset`, a hand-written card line. */
function v1File() {
  const { style: _style, ...issue } = makeIssue({ id: 'issue-1', title: 'Neco Weekly ({date}号)' });
  return {
    format: 'digest-clipper',
    version: 1,
    kind: 'backup',
    exportedAt: T0,
    categories: DEFAULTS,
    issues: [{ ...issue, preset: 'embedly-link' }],
    clips: [
      {
        ...makeClip({
          id: 'clip-1',
          heading: 'Loki',
          pageTitle: 'Loki 2.6',
          url: 'https://grafana.com/x',
          comment: 'Nice.',
        }),
        // The first release kept the lines a human wrote differently from its preset.
        source: {
          preset: 'embedly-link',
          headingLine: '## Loki',
          card: '<a class="embedly-card" href="https://grafana.com/x">Loki 2.6</a>',
        },
      },
    ],
    settings: { preset: 'markdown-link', clippedBy: 'Aiko' },
  };
}

describe('a version 1 backup', () => {
  it("reads as today's model: the preset setting is the style setting", () => {
    const parsed = parseBackup(JSON.stringify(v1File()));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.version).toBe(2);
    expect(parsed.value.settings).toMatchObject({ style: 'markdown-link', clippedBy: 'Aiko' });
    expect(parsed.value.settings).not.toHaveProperty('preset');
    expect(parsed.value.issues[0]?.style).toBe('embedly-link');
  });

  it('reads the hand-written lines of an item, and writes it from its fields (a file is outside this profile)', () => {
    const parsed = parseBackup(JSON.stringify(v1File()));
    if (!parsed.ok) throw new Error(parsed.error);
    const [issue] = parsed.value.issues;
    const [clip] = parsed.value.clips;
    if (!issue || !clip) throw new Error('one issue, one clip');
    // The first release's lines came through as the clip's source text...
    expect(clip.source?.text).toContain('## Loki');
    const out = renderIssue({
      issue,
      categories: parsed.value.categories,
      clips: parsed.value.clips,
    });
    // ...but a backup file is not trusted to write markup: its `## Loki` would be a section
    // of its own, so the item is written as the style writes its fields.
    expect(out).not.toMatch(/^## Loki$/m);
    expect(out).toMatch(/^### Loki$/m);
    expect(out).toContain('https://grafana.com/x');
    expect(out).toContain('\n\nNice.\n');
  });
});
