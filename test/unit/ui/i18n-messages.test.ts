import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every visible string comes from `_locales`, in English and Japanese, through
 * src/ui/i18n.ts `t()`, whose key type already refuses a key missing from `en`; this also
 * holds `ja` to every key the source asks for, and both locales to each other.
 */
const ROOT = join(import.meta.dirname, '../../..');
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const locale = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
const en = locale('en');
const ja = locale('ja');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return sources(path);
    return /\.tsx?$/.test(item.name) ? [path] : [];
  });
}
const files = sources('src').map((path) => ({
  path,
  text: readFileSync(join(ROOT, path), 'utf8'),
}));

/** `$NAME$` references of a message, upper-cased as Chrome compares them. */
const refs = (entry: Entry) =>
  [
    ...new Set([...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => (m[1] ?? '').toLowerCase())),
  ].sort();

describe('_locales/en and _locales/ja', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('have matching placeholders, each one defined and used', () => {
    for (const [key, entry] of Object.entries(en)) {
      const other = ja[key] as Entry;
      const names = Object.keys(entry.placeholders ?? {}).sort();
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(names);
      for (const name of names) {
        expect(other.placeholders?.[name]?.content, `${key} ${name}`).toBe(
          entry.placeholders?.[name]?.content,
        );
      }
      expect(refs(entry), `en ${key}`).toEqual(names);
      expect(refs(other), `ja ${key}`).toEqual(names);
    }
  });

  it('have no empty message, and Japanese text where English has words', () => {
    for (const [key, entry] of Object.entries(ja)) {
      expect(entry.message.trim(), key).not.toBe('');
      // Brand names, URLs and codes may stay as they are; sentences must not.
      if ((en[key]?.message.split(' ').length ?? 0) > 3) {
        expect(entry.message, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });
});

describe('keys used in the source', () => {
  const used = (pattern: RegExp, prefix = '') =>
    files.flatMap(({ path, text }) =>
      [...text.matchAll(pattern)].map((m) => ({
        where: relative(ROOT, join(ROOT, path)),
        key: `${prefix}${m[1]}`,
      })),
    );

  it.each([
    ["t('key')", /\bt\(\s*'([^']+)'/g, ''],
    ["getMessage('key')", /getMessage\(\s*'([^']+)'/g, ''],
    ["menu titles: title: 'menu…'", /title: '(menu\w+)'/g, ''],
  ] as const)('every %s is defined in both locales', (_name, pattern, prefix) => {
    const found = used(pattern, prefix);
    expect(found.length).toBeGreaterThan(0);
    for (const { where, key } of found) {
      expect(en[key], `${key} in ${where}`).toBeDefined();
      expect(ja[key], `${key} in ${where}`).toBeDefined();
    }
  });

  it('names _locales only in type-only imports, so no page or worker bundles the messages', () => {
    const mentions = files.flatMap(({ path, text }) =>
      text
        .split('\n')
        .filter((line) => /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"][^'"]*_locales\//.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const line of mentions) expect(line).toMatch(/: import type \w+ from '[^']+';$/);
  });

  it('every __MSG_key__ of the manifest is defined in both locales', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys).toContain('extName');
    for (const key of keys) {
      expect(en[key], key).toBeDefined();
      expect(ja[key], key).toBeDefined();
    }
  });
});

describe('no visible text written into components', () => {
  const components = files.filter(({ path }) => path.endsWith('.tsx'));
  it('JSX text and labelling attributes hold no words of their own', () => {
    const found: string[] = [];
    for (const { path, text } of components) {
      // Text between tags (not inside {…}) with a letter in it, e.g. `>Save<`. A `>` that
      // closes a type argument (`useRef<T>(null);`) is followed by code.
      for (const m of text.matchAll(/(?<![=-])>([^<>{}]*)</g)) {
        const between = m[1] ?? '';
        if (/\p{L}/u.test(between) && !/^\s*\(|;|\s=\s|\/\//.test(between)) {
          found.push(`${path}: ${between.trim()}`);
        }
      }
      for (const m of text.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)) {
        found.push(`${path}: ${m[1]}="${m[2]}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
