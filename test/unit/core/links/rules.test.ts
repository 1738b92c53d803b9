import { describe, expect, it } from 'vitest';
import { checkLinks, describeLinkFinding, type LinkItem } from '../../../../src/core/links/check';
import { normalizeUrl } from '../../../../src/core/links/normalize';
import { TWIR_LINK_RULES } from '../../../../src/core/links/rules';
import { linkRulesSchema } from '../../../../src/core/links/rules-schema';
import { BUILTIN_STYLES } from '../../../../src/core/markdown/style/builtin';
import { houseStyleSchema } from '../../../../src/core/markdown/style/schema';

let n = 0;
const item = (url: string, heading = 'A post', prefix?: string): LinkItem => ({
  id: `c${++n}`,
  url,
  heading,
  ...(prefix ? { extra: { prefix } } : {}),
});

const rulesOf = (items: LinkItem[]) =>
  checkLinks(items, TWIR_LINK_RULES).map((f) => [f.rule, f.severity, f.detail, f.fix]);

describe("This Week in Rust's link rules", () => {
  it('refuses tracking parameters and offers the link without them', () => {
    const found = rulesOf([
      item('https://blog.example.dev/async?utm_source=twir&utm_medium=email&page=2'),
    ]);
    expect(found).toEqual([
      [
        'forbidden-param',
        'error',
        'utm_source, utm_medium',
        'https://blog.example.dev/async?page=2',
      ],
    ]);
  });

  it('warns about a bare GitHub repository and a crates.io page, not a release', () => {
    const found = rulesOf([
      item('https://github.com/tokio-rs/tokio'),
      item('https://github.com/tokio-rs/tokio/releases/tag/tokio-1.38.0'),
      item('https://crates.io/crates/cargo-semver-checks'),
      item('https://www.github.com/rust-lang/rust/'),
    ]);
    expect(found.map(([rule, severity]) => `${rule}:${severity}`)).toEqual([
      'warn-host:warning',
      'warn-host:warning',
      'warn-host:warning',
    ]);
    expect(found[0]?.[2]).toMatch(/not the bare repository/);
  });

  it('warns about a title past 70 characters, counting characters, not UTF-16 units', () => {
    const seventy = 'x'.repeat(69) + '🦀';
    const found = rulesOf([
      item('https://example.com/a', seventy),
      item('https://example.com/b', `${seventy}!`),
    ]);
    expect(found).toEqual([['title-length', 'warning', '71', undefined]]);
  });

  it('asks for the [video] tag on a video link', () => {
    const found = checkLinks(
      [
        item('https://www.youtube.com/watch?v=q8irLfXwaFM', 'Talk'),
        item('https://youtu.be/q8irLfXwaFM', 'Talk', '[video] '),
        item('https://example.com/talk', 'Talk'),
      ],
      TWIR_LINK_RULES,
    );
    expect(found.map((f) => [f.clipId, f.rule])).toEqual([[found[0]?.clipId, 'video-prefix']]);
  });

  it('refuses a link published in one of the 25 most recent issues, not the 26th', () => {
    const issues = Array.from({ length: 30 }, (_, i) => ({
      title: `This Week in Rust ${550 - i}`,
      keys: new Set([normalizeUrl(`https://example.com/post-${i}`)]),
    }));
    const found = checkLinks(
      [item('http://www.example.com/post-24/'), item('https://example.com/post-25')],
      TWIR_LINK_RULES,
      issues,
    );
    expect(found.map((f) => [f.rule, f.severity, f.detail])).toEqual([
      ['duplicate', 'error', 'This Week in Rust 526'],
    ]);
  });

  it('refuses a malformed link, keeps mailto, and offers a link without doubled slashes', () => {
    const found = rulesOf([
      item('htps//example.com/a'),
      item('mailto:editors@this-week-in-rust.org'),
      item('https://docs.rs/tokio//latest/tokio/'),
    ]);
    expect(found).toEqual([
      ['malformed', 'error', 'htps//example.com/a', undefined],
      [
        'simplify',
        'warning',
        'https://docs.rs/tokio/latest/tokio/',
        'https://docs.rs/tokio/latest/tokio/',
      ],
    ]);
  });

  it('checks nothing for a style without rules', () => {
    expect(checkLinks([item('ftp://x?utm_source=1', 'x'.repeat(500))], {})).toEqual([]);
  });

  it('words each finding for the command line', () => {
    const [finding] = checkLinks([item('https://x.example/?fbclid=1')], TWIR_LINK_RULES);
    expect(finding && describeLinkFinding(finding)).toBe(
      'refused parameters fbclid; use https://x.example/',
    );
  });
});

describe('link rules as style data', () => {
  it('are carried by the built-in This Week in Rust style and pass its schema', () => {
    const twir = BUILTIN_STYLES.find((s) => s.name === 'this-week-in-rust');
    expect(twir?.links?.duplicateIssues).toBe(25);
    expect(houseStyleSchema.parse(twir).links).toEqual(TWIR_LINK_RULES);
  });

  it('refuse a misspelt rule, a bad host and an unbounded list with a message', () => {
    const bad = [
      { refuseTracker: true },
      { warnHosts: [{ host: 'GitHub.com/x', message: 'no' }] },
      { forbiddenParams: Array.from({ length: 51 }, (_, i) => `p${i}`) },
      { titleMax: 0 },
      { warnHosts: [{ host: 'github.com', path: 'no-slash', message: 'no' }] },
    ];
    for (const rules of bad) {
      const result = linkRulesSchema.safeParse(rules);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBeTruthy();
    }
  });
});
