import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STYLES_STRINGS } from '../../../../src/options/styles/strings';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const ROOT = join(import.meta.dirname, '../../../..');
const locale = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));

describe('Digest and style view strings', () => {
  it('the English map equals _locales/en, Japanese has every key with the same substitutions', () => {
    const en = locale('en');
    const ja = locale('ja');
    for (const [key, text] of Object.entries(STYLES_STRINGS)) {
      const entry = en[`styles_${key}`];
      const positional = (entry?.message ?? '').replace(
        /\$(\w+)\$/g,
        (_, name: string) => entry?.placeholders?.[name.toLowerCase()]?.content ?? '',
      );
      expect(positional, key).toBe(text);
      const japanese = ja[`styles_${key}`];
      expect(japanese?.message, key).toBeTruthy();
      expect(Object.keys(japanese?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(entry?.placeholders ?? {}).sort(),
      );
    }
  });

  it('every key the view asks for exists', () => {
    const dir = join(ROOT, 'src/options/styles');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/\bts\('(\w+)'/g))
        expect(STYLES_STRINGS, `${file}: ${m[1]}`).toHaveProperty(m[1] ?? '');
    }
  });
});
