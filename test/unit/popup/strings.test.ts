import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string }>;
const locale = (lang: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
const en = locale('en');
const ja = locale('ja');
const html = readFileSync(join(ROOT, 'src/popup/index.html'), 'utf8');
const scripts = readdirSync(join(ROOT, 'src/popup'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(join(ROOT, 'src/popup', name), 'utf8'));

/** `data-i18n` elements of the popup's HTML with the words written inside them. */
const marked = [...html.matchAll(/data-i18n="(\w+)"[^>]*>([^<]*)</g)].map((m) => ({
  key: m[1] ?? '',
  text: m[2] ?? '',
}));

describe('the popup page’s words', () => {
  it('marks every label, heading and button of its HTML with a message of both locales', () => {
    expect(marked.length).toBeGreaterThan(8);
    for (const { key } of marked) {
      expect(en[key], key).toBeDefined();
      expect(ja[key], key).toBeDefined();
    }
    // Every label of a field is one of them: no label keeps words of its own.
    for (const label of html.matchAll(/<label for="[^"]+"([^>]*)>/g)) {
      expect(label[1], label[0]).toMatch(/data-i18n="/);
    }
  });

  it('writes the English words in the HTML, so English needs no swap before the first paint', () => {
    for (const { key, text } of marked) expect(text, key).toBe(en[key]?.message);
  });

  it('reads every message its scripts name from both locales', () => {
    const keys = scripts.flatMap((text) =>
      [...text.matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => m[1] ?? ''),
    );
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      expect(en[key], key).toBeDefined();
      expect(ja[key], key).toBeDefined();
    }
  });

  it('names the fields with the workspace’s words', () => {
    const same: [string, string][] = [
      ['fieldHeading', 'ws_heading'],
      ['fieldPageTitle', 'ws_pageTitle'],
      ['fieldUrl', 'ws_url'],
      ['fieldDescription', 'ws_description'],
      ['fieldComment', 'ws_comment'],
      ['fieldCategory', 'ws_category'],
    ];
    for (const [popup, workspace] of same) {
      expect(marked.map((m) => m.key)).toContain(popup);
      expect(en[popup]?.message, popup).toBe(en[workspace]?.message);
      expect(ja[popup]?.message, popup).toBe(ja[workspace]?.message);
    }
  });
});
