import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../src/core/import';
import { counterIds } from '../../../src/core/model';
import { renderIssue } from '../../../src/core/render';
import { DEFAULT_ITEM_TEMPLATE, renderItemTemplate, siteOf } from '../../../src/core/template';
import { readFixture } from '../helpers/golden';
import { clip } from '../storage/fresh-db';

const base = clip({
  id: 'c1',
  url: 'https://www.example.com/post?id=1',
  pageTitle: 'A "quoted" & <b>bold</b> title',
  heading: 'Short heading',
  description: 'What the page says',
  comment: 'Line one  \n\n\nLine two',
});

describe('custom item template', () => {
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
    expect(renderItemTemplate(DEFAULT_ITEM_TEMPLATE, bare)).toBe(
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

  it('leaves unknown placeholders as written and puts an imported lead before the comment', () => {
    const led = { ...base, lead: 'Lead text', comment: 'Comment' };
    expect(renderItemTemplate('{heading} {unknown}\n\n{comment}', led)).toBe(
      'Short heading {unknown}\n\nLead text\n\nComment',
    );
  });
});

describe('renderIssue with an item template', () => {
  const doc = () => importIssue(readFixture('sample-issue.md'), { id: counterIds('t') });

  it('uses the template for the issue style but not for an explicit preset', () => {
    const plain = doc();
    const templated = { ...plain, issue: { ...plain.issue, itemTemplate: '- {heading}' } };
    const out = renderIssue(templated);
    expect(out).toContain('- Widget 2.0 [beta] released');
    expect(out).not.toContain(
      'class="embedly-card" data-card-controls="0" href="https://example.com/widget',
    );
    expect(renderIssue(templated, 'embedly-link')).toBe(renderIssue(plain, 'embedly-link'));
    expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
  });

  it('renders exactly as before when the template is empty', () => {
    const plain = doc();
    const empty = { ...plain, issue: { ...plain.issue, itemTemplate: '' } };
    expect(renderIssue(empty)).toBe(readFixture('sample-issue.md'));
  });
});
