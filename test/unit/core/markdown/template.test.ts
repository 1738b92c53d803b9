import { describe, expect, it } from 'vitest';
import { type LegacyIssue, upgradeLegacy } from '../../../../src/core/backup/legacy';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { BUILTIN_STYLES } from '../../../../src/core/markdown/style/builtin';
import { styleOf } from '../../../../src/core/markdown/style/catalog';
import { compileStyle } from '../../../../src/core/markdown/style/compile';
import { siteOf } from '../../../../src/core/markdown/template/values';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { renderItem } from '../../../../src/core/markdown/write/write';
import { type Clip, counterIds, type IssueDocument } from '../../../../src/core/model';
import { readFixture } from '../../helpers/golden';
import { clip } from '../../storage/fresh-db';

const base = clip({
  id: 'c1',
  url: 'https://www.example.com/post?id=1',
  pageTitle: 'A "quoted" & <b>bold</b> title',
  heading: 'Short heading',
  description: 'What the page says',
  comment: 'Line one  \n\n\nLine two',
});

// What an editor's own item template is now: a style of their own with that one item.
function renderItemTemplate(template: string, item: Clip): string {
  const own = { ...styleOf('embedly-link'), name: 'custom-1', label: 'Mine', items: [template] };
  return renderItem(compileStyle(own), item);
}

describe('custom item template (a style of the editor’s own)', () => {
  it('fills every documented variable, escaping page text and keeping the comment verbatim', () => {
    const out = renderItemTemplate(
      '* {heading} ({site}): {pageTitle} <{url}>\n  {description}\n\n{comment}',
      base,
    );
    expect(out).toBe(
      '* Short heading (example.com): A "quoted" & &lt;b>bold&lt;/b> title <https://www.example.com/post?id=1>\n' +
        '  What the page says\n\nLine one  \n\n\nLine two',
    );
  });

  it('drops a paragraph whose variables are all empty, but keeps one with words of its own', () => {
    const bare = { ...base, description: '', comment: '' };
    // The markdown-link style's item is the template the old default was.
    const markdownLink = BUILTIN_STYLES.find((s) => s.name === 'markdown-link');
    expect(markdownLink?.items[0]).toBe('### [{heading}]({url})\n\n{comment}');
    expect(renderItemTemplate(markdownLink?.items[0] ?? '', bare)).toBe(
      '### [Short heading](https://www.example.com/post?id=1)',
    );
    expect(renderItemTemplate('{heading}\n\nNote: {comment}', bare)).toBe(
      'Short heading\n\nNote: ',
    );
  });

  it('never writes an unsafe link or live markup from a hostile page', () => {
    const hostile = {
      ...base,
      url: 'javascript:alert(1)',
      heading: 'x</a><script>alert(1)</script>',
      pageTitle: 'evil) [pwn](javascript:x)',
    };
    const out = renderItemTemplate('[{heading}]({url}) {pageTitle} {site}', hostile);
    expect(out).not.toContain('javascript:alert');
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/\]\(javascript/);
    expect(siteOf('javascript:alert(1)')).toBe('');
  });

  // A name the model does not know is the style's own variable (clip.extra), no longer text
  // left as written; an imported lead still goes before the comment.
  it('fills an unknown name from the clip’s extra values and puts an imported lead before the comment', () => {
    const led = { ...base, lead: 'Lead text', comment: 'Comment' };
    expect(renderItemTemplate('{heading} {unknown}\n\n{comment}', led)).toBe(
      'Short heading \n\nLead text\n\nComment',
    );
    expect(
      renderItemTemplate('{heading} {unknown}\n\n{comment}', { ...led, extra: { unknown: 'X' } }),
    ).toBe('Short heading X\n\nLead text\n\nComment');
  });
});

describe('a version-1 issue with an item template', () => {
  const doc = () => importIssue(readFixture('sample-issue.md'), { id: counterIds('t') });
  // The issue as version 1 stored it, upgraded the way backups and the database are.
  function upgraded(plain: IssueDocument, itemTemplate: string) {
    const { style, ...rest } = plain.issue;
    const legacy: LegacyIssue = { ...rest, preset: style, itemTemplate };
    const { issues, clips, styles } = upgradeLegacy([legacy], plain.clips);
    return { doc: { ...plain, issue: issues[0] as IssueDocument['issue'], clips }, styles };
  }

  it('uses the template for the issue style but not for an explicit built-in style', () => {
    const plain = doc();
    const { doc: templated, styles } = upgraded(plain, '- {heading}');
    expect(styles.map((s) => s.items)).toEqual([['- {heading}']]);
    expect(templated.issue.style).toBe(styles[0]?.name);
    const out = renderIssue(templated, templated.issue.style, styles);
    expect(out).toContain('- Widget 2.0 [beta] released');
    expect(out).not.toContain(
      'class="embedly-card" data-card-controls="0" href="https://example.com/widget',
    );
    expect(renderIssue(templated, 'embedly-link', styles)).toBe(renderIssue(plain, 'embedly-link'));
    expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
  });

  it('renders exactly as before when the template is empty', () => {
    const { doc: empty, styles } = upgraded(doc(), '');
    expect(styles).toEqual([]);
    expect(empty.issue.style).toBe('embedly-link');
    expect(renderIssue(empty, empty.issue.style, styles)).toBe(readFixture('sample-issue.md'));
  });
});
