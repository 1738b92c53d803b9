/**
 * A style's own item fields: which variables an editor fills beyond heading, URL and
 * comment, with the labels and choices the style gives, and how a typed value is stored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument, importIssue } from '../../../../../src/core/markdown/read/import';
import { BUILTIN_STYLES } from '../../../../../src/core/markdown/style/builtin';
import {
  fieldProblem,
  fieldsApart,
  fieldValue,
  itemFields,
  shownValue,
  withFieldValues,
} from '../../../../../src/core/markdown/style/fields';
import { parseStyle } from '../../../../../src/core/markdown/style/parse';
import { renderIssue } from '../../../../../src/core/markdown/write/render';
import type { IssueDocument } from '../../../../../src/core/model';
import { requireShared, sharedFixture } from '../../../helpers/shared-fixtures';

const styleNamed = (name: string) => {
  const style = BUILTIN_STYLES.find((s) => s.name === name);
  if (!style) throw new Error(name);
  return style;
};
const names = (name: string) => itemFields(styleNamed(name)).map((f) => f.name);

function oneClip(style: string, extra: Record<string, string>): IssueDocument {
  const stamp = '2024-01-05T09:00:00.000Z';
  return {
    issue: {
      id: 'i',
      title: 'This Week in Rust 453',
      number: 453,
      date: '2022-07-27',
      header: '',
      intro: '',
      afterwordHeading: '',
      afterword: '',
      style,
      status: 'draft',
      sectionText: {},
      categoryOrder: ['c'],
      createdAt: stamp,
      updatedAt: stamp,
    },
    categories: [{ id: 'c', emoji: '', name: 'Observations/Thoughts', order: 0 }],
    clips: [
      {
        id: 'k',
        url: 'https://example.com/talk',
        pageTitle: '',
        description: '',
        heading: 'A talk about `async`',
        comment: '',
        categoryId: 'c',
        issueId: 'i',
        order: 0,
        createdAt: stamp,
        updatedAt: stamp,
        extra,
      },
    ],
  };
}

describe('the fields of a built-in style', () => {
  it('are the item variables the clip has no field of its own for', () => {
    expect(names('this-week-in-rust')).toEqual(['prefix', 'before', 'after']);
    expect(names('lwkd')).toEqual(['before', 'after', 'pr']);
    expect(names('jser')).toEqual(['tags']);
    for (const name of ['embedly-link', 'markdown-link', 'zenn', 'productivity-weekly'])
      expect(names(name)).toEqual([]);
  });

  it("offer This Week in Rust's tags as choices, each stored as the reader takes a prefix", () => {
    const prefix = itemFields(styleNamed('this-week-in-rust')).find((f) => f.name === 'prefix');
    expect(prefix?.choices).toContain('[video]');
    expect(prefix?.choices).toContain('[audio]');
    const style = styleNamed('this-week-in-rust');
    for (const choice of prefix?.choices ?? []) {
      expect(fieldProblem('prefix', choice)).toBeNull();
      const doc = oneClip('this-week-in-rust', { prefix: fieldValue('prefix', choice) });
      const markdown = renderIssue(doc, style);
      expect(markdown).toContain(
        `\n* ${choice} [A talk about \`async\`](https://example.com/talk)\n`,
      );
      const back = importIssue(markdown, { style });
      expect(back.clips[0]?.extra?.prefix).toBe(`${choice} `);
    }
  });

  it('have a label from the style, or the variable name when it gives none', () => {
    const custom = {
      ...styleNamed('markdown-link'),
      name: 'mine',
      items: ['### [{heading}]({url}) {badge}\n\n{comment}'],
    };
    expect(itemFields(custom)).toEqual([{ name: 'badge', label: 'badge', choices: [] }]);
    expect(itemFields({ ...custom, fields: { badge: { label: 'Badge' } } })[0]?.label).toBe(
      'Badge',
    );
  });
});

describe.runIf(requireShared('this-week-in-rust-453-2022-07-27.md'))('the real TWiR issue', () => {
  it('has prefixes the prefix field accepts and shows as typed', () => {
    const text = readFileSync(sharedFixture('this-week-in-rust-453-2022-07-27.md'), 'utf8');
    const prefixes = importDocument(text).doc.clips.flatMap((c) => c.extra?.prefix ?? []);
    expect(prefixes.length).toBeGreaterThan(3);
    for (const stored of prefixes) {
      expect(fieldProblem('prefix', stored)).toBeNull();
      expect(fieldValue('prefix', shownValue('prefix', stored))).toBe(stored);
    }
  });
});

describe('fields filled together', () => {
  const twir = styleNamed('this-week-in-rust');
  it('fit when one item template holds them all', () => {
    expect(fieldsApart(twir, { prefix: '[video]', before: '', after: '' })).toEqual([]);
    expect(fieldsApart(twir, { before: 'Watch ', after: ' now' })).toEqual([]);
    expect(fieldsApart(styleNamed('lwkd'), { pr: '111441', before: '' })).toEqual([]);
  });

  it('are named when no template holds them all, as one would be left out', () => {
    expect(fieldsApart(twir, { prefix: '[video]', before: 'Watch ' })).toEqual([
      'prefix',
      'before',
    ]);
    expect(fieldsApart(styleNamed('lwkd'), { pr: '1', after: ' by default' })).toEqual([
      'pr',
      'after',
    ]);
  });
});

describe('a typed value', () => {
  it('is a prefix of tags each followed by one space', () => {
    expect(fieldValue('prefix', '[video]')).toBe('[video] ');
    expect(fieldValue('prefix', '  [video][ZH]  ')).toBe('[video] [ZH] ');
    expect(fieldValue('prefix', '   ')).toBe('');
    expect(shownValue('prefix', '[video] ')).toBe('[video]');
  });

  it('is refused as a prefix when it is not tags in brackets', () => {
    expect(fieldProblem('prefix', 'video')).toBe('prefix-shape');
    expect(fieldProblem('prefix', '[video] talk')).toBe('prefix-shape');
    expect(fieldProblem('prefix', '[a]b]')).toBe('prefix-shape');
    expect(fieldProblem('prefix', '')).toBeNull();
  });

  it('is kept as typed in any other field', () => {
    expect(fieldValue('after', ' by default')).toBe(' by default');
    expect(fieldProblem('pr', 'not checked here')).toBeNull();
  });

  it('replaces its own field, drops an emptied one and keeps every other value', () => {
    const extra = { prefix: '[audio] ', tags: 'from another style' };
    expect(withFieldValues(extra, { prefix: '[video]', after: '' })).toEqual({
      prefix: '[video] ',
      tags: 'from another style',
    });
    expect(withFieldValues({ prefix: '[audio] ' }, { prefix: '' })).toBeUndefined();
  });
});

describe("a style's fields from outside", () => {
  const base = {
    version: 1,
    name: 'mine',
    label: 'Mine',
    frame: '# {title}\n\n{intro}',
    section: '## {name}',
    items: ['* {prefix}[{heading}]({url})'],
  };

  it('are accepted with labels and choices', () => {
    const fields = { prefix: { label: 'Tags', choices: ['[video]'] } };
    const parsed = parseStyle({ ...base, fields });
    expect(parsed.ok && parsed.value.fields).toEqual(fields);
  });

  it('are refused when they name no variable of an item template', () => {
    const parsed = parseStyle({ ...base, fields: { tags: { label: 'Tags' } } });
    expect(parsed).toEqual({
      ok: false,
      error: 'not a valid style: fields.tags: no item template has {tags}',
    });
  });

  it('are refused without a label or with choices that are not text', () => {
    const noLabel = parseStyle({ ...base, fields: { prefix: { choices: ['[video]'] } } });
    expect(noLabel.ok || noLabel.error).toMatch(/^not a valid style: fields\.prefix\.label/);
    const numbers = parseStyle({ ...base, fields: { prefix: { label: 'T', choices: [1] } } });
    expect(numbers.ok || numbers.error).toMatch(/^not a valid style: fields\.prefix\.choices/);
  });
});
