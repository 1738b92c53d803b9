import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../src/core/backup';
import { normalizeUrl } from '../../../../src/core/links/normalize';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { planMerge } from '../../../../src/core/merge/packs';
import { makeBackup, makeClip, makeDoc, makeIssue } from '../../helpers/backup-data';

/** The valid sample file with `"__proto__": payload` spliced in as the first key of `where`. */
function withProtoKey(where: 'top' | 'clip' | 'settings' | 'sectionText', key = '__proto__') {
  const payload = `"${key}": {"polluted": "yes", "prototype": {"polluted": "yes"}}`;
  const issues = [makeIssue({ id: 'issue-1', sectionText: { tools: 'x' } })];
  const text = JSON.stringify(makeBackup({ issues, settings: { clippedBy: 'A' } }));
  const anchors = {
    top: '{"format"',
    clip: '"clips":[{',
    settings: '{"clippedBy"',
    sectionText: '"sectionText":{',
  };
  const anchor = anchors[where];
  const spliced = anchor.endsWith('{')
    ? text.replace(anchor, `${anchor}${payload},`)
    : text.replace(anchor, `{${payload},${anchor.slice(1)}`);
  if (spliced === text) throw new Error(`anchor ${anchor} not found`);
  return spliced;
}

/** Every object in the parsed value is a plain object or array, none with a swapped prototype. */
function plainThroughout(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(value).every(plainThroughout);
}

afterEach(() => {
  // Clean up if a case did pollute, so one failure does not cascade into the others.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('prototype-pollution keys in a backup', () => {
  for (const where of ['top', 'clip', 'settings', 'sectionText'] as const) {
    it(`"__proto__" in ${where} is dropped and pollutes nothing`, () => {
      const result = parseBackup(withProtoKey(where));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(plainThroughout(result.value)).toBe(true);
      expect(JSON.stringify(result.value)).not.toContain('polluted');
      const text = serializeBackup(result.value);
      expect(text).not.toContain('__proto__');
      expect(text).not.toContain('polluted');
      // Using the parsed data (copying, merging, rendering) pollutes nothing either.
      const doc = makeDoc([...result.value.clips]);
      renderIssue(planMerge(doc, doc).document);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('"constructor" in a clip is dropped; as a setting name it is refused', () => {
    expect(parseBackup(withProtoKey('clip', 'constructor')).ok).toBe(true);
    const settings = parseBackup(withProtoKey('settings', 'constructor'));
    expect(settings).toEqual({
      ok: false,
      error: expect.stringMatching(/^settings\.constructor: /),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** A backup with one clip changed, serialised and parsed back. */
function roundTrip(fields: Partial<ReturnType<typeof makeClip>>) {
  const file = makeBackup({ clips: [makeClip({ id: 'clip-1', ...fields })] });
  const parsed = parseBackup(serializeBackup(file));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.clips[0];
}

describe('odd but legitimate text is kept exactly', () => {
  const cases: Array<[string, Partial<ReturnType<typeof makeClip>>]> = [
    ['a space in the path', { url: 'https://example.com/a b?q=c d' }],
    ['an IDN host', { url: 'https://例え.jp/記事' }],
    ['a 10,000-character query', { url: `https://example.com/search?q=${'a1%20'.repeat(2_000)}` }],
    ['a title with newlines', { pageTitle: 'line one\nline two\r\n## not a heading' }],
    ['control characters', { pageTitle: 'bell\u0007 esc\u001b[31m nul\u0000', heading: '\u0085x' }],
    ['lone surrogates', { pageTitle: 'broken \ud83d pair \udca9', comment: '\udfff' }],
    ['RTL marks', { pageTitle: '\u202Etxt.exe\u202C \u200F', heading: 'שלום \u200E' }],
    ['a 1 MB comment', { comment: `${'Markdown **bold** `code`\n'.repeat(42_000)}` }],
  ];
  for (const [what, fields] of cases) {
    it(`${what} survives serialise -> parse`, () => {
      expect(roundTrip(fields)).toEqual(makeClip({ id: 'clip-1', ...fields }));
    });
  }

  it('a 1 MB comment really is a megabyte', () => {
    expect(cases.at(-1)?.[1].comment?.length).toBeGreaterThan(1_000_000);
  });

  it('refuses a query that percent-encoding makes longer than the limit, saying so', () => {
    const file = makeBackup({
      clips: [makeClip({ id: 'c', url: `https://example.com/?q=${'é'.repeat(10_000)}` })],
    });
    expect(parseBackup(serializeBackup(file))).toEqual({
      ok: false,
      error: 'clips[0].url: This address is longer than 16384 characters',
    });
  });

  it('renders odd titles on one line and hostile links not at all', () => {
    const doc = makeDoc([
      makeClip({ id: 'c', url: 'https://例え.jp/a b', pageTitle: 'one\ntwo \ud800', heading: '' }),
    ]);
    const markdown = renderIssue(doc, 'embedly-link');
    expect(markdown).toContain('### one two \ufffd\n');
    expect(markdown).toContain('href="https://例え.jp/a%20b"');
  });

  it('matches an IDN host with its punycode and a space with %20 when merging', () => {
    expect(normalizeUrl('https://例え.jp/a b')).toBe(normalizeUrl('https://xn--r8jz45g.jp/a%20b'));
  });
});
