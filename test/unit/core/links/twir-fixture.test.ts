import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../../src/core/links/check';
import { styleOf } from '../../../../src/core/markdown';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { requireShared, SHARED_FIXTURES } from '../../helpers/shared-fixtures';

// Skips only on a developer's machine without ../shared; under CI=true it throws instead.
const present = requireShared();
const read = () =>
  readFileSync(join(SHARED_FIXTURES, 'this-week-in-rust-453-2022-07-27.md'), 'utf8');

const SERDE = 'https://owengage.com/writing/2022-07-22-a-look-at-serde-json/';
const CARGO = 'https://blog.rust-lang.org/2022/07/12/Rust-1.62.1.html';

describe.skipIf(!present)('link rules on the real This Week in Rust 453', () => {
  it('finds no refused link in the issue as published, only warnings to weigh', () => {
    const doc = importIssue(read());
    const findings = checkLinks(doc.clips, styleOf(doc.issue.style).links ?? {});
    expect(doc.issue.style).toBe('this-week-in-rust');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Long titles to weigh, and the Crate of the Week's crates.io page where it is read as an item.
    expect(findings.some((f) => f.rule === 'title-length')).toBe(true);
    expect(findings.filter((f) => f.rule !== 'title-length' && f.rule !== 'warn-host')).toEqual([]);
  });

  it('a planted tracker is refused on its item, and its fix gives back the published lines', () => {
    const original = read();
    expect(original).toContain(`(${SERDE})`);
    const planted = original.replace(`(${SERDE})`, `(${SERDE}?utm_source=reddit&utm_medium=rust)`);
    const doc = importIssue(planted);
    const findings = checkLinks(doc.clips, styleOf(doc.issue.style).links ?? {});
    const refused = findings.filter((f) => f.rule === 'forbidden-param');
    expect(refused).toHaveLength(1);
    const [finding] = refused;
    const clip = doc.clips.find((c) => c.id === finding?.clipId);
    expect(clip?.heading).toBe('A look at serde-json');
    expect(finding?.fix).toBe(SERDE);
    // The fix changes that clip alone; the writer then rewrites that item's line only.
    const fixed = {
      ...doc,
      clips: doc.clips.map((c) => (c === clip ? { ...c, url: finding?.fix ?? c.url } : c)),
    };
    expect(renderIssue(fixed)).toBe(original);
  });

  it('a link from the issue before is a duplicate; one older than the 25 kept is not', () => {
    const rules = styleOf('this-week-in-rust').links ?? {};
    // The draft links it as http:// with a trailing slash; the earlier issue's key is the
    // https form: the same link.
    const doc = importIssue(
      read().replace(
        '* [Announcing Relm4 v0.5 beta]',
        `* [Rust 1.62.1](${CARGO.replace('https://', 'http://')}/)\n* [Announcing Relm4 v0.5 beta]`,
      ),
    );
    const before = { title: 'This Week in Rust 452', keys: new Set([CARGO]) };
    const found = checkLinks(doc.clips, rules, [before]);
    expect(found.filter((f) => f.rule === 'duplicate').map((f) => f.detail)).toEqual([
      'This Week in Rust 452',
    ]);
    const newer = Array.from({ length: 25 }, (_, i) => ({
      title: `#${i}`,
      keys: new Set<string>(),
    }));
    const tooOld = checkLinks(doc.clips, rules, [...newer, before]);
    expect(tooOld.filter((f) => f.rule === 'duplicate')).toEqual([]);
  });
});
