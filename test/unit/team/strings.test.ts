import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEAM_STRINGS } from '../../../src/options/team/strings';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const ROOT = join(import.meta.dirname, '../../..');
const locale = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));

describe('Team view strings', () => {
  it('the English map equals _locales/en, and Japanese has every key', () => {
    const en = locale('en');
    const ja = locale('ja');
    for (const [key, text] of Object.entries(TEAM_STRINGS)) {
      const entry = en[`team_${key}`];
      const positional = (entry?.message ?? '').replace(
        /\$(\w+)\$/g,
        (_, name: string) => entry?.placeholders?.[name.toLowerCase()]?.content ?? '',
      );
      expect(positional, key).toBe(text);
      expect(ja[`team_${key}`]?.message, key).toBeTruthy();
    }
    const used = readFileSync(join(ROOT, 'src/options/team/ConnectForm.tsx'), 'utf8');
    for (const m of used.matchAll(/\btt\('(\w+)'/g))
      expect(TEAM_STRINGS).toHaveProperty(m[1] ?? '');
  });
});
