import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tr, WORKSPACE_STRINGS } from '../../../src/options/strings';

type Holder = { chrome?: unknown };

describe('workspace strings', () => {
  afterEach(() => {
    delete (globalThis as Holder).chrome;
  });

  it('fills $1, $2 in the English text when no locale has the message', () => {
    expect(tr('clipsIn', '✨ New Features')).toBe('Clips in ✨ New Features');
    expect(tr('checkTracking', 'Alpha', 'utm_source')).toBe(
      '“Alpha” still has tracking parameters: utm_source.',
    );
  });

  it('prefers a translation from _locales under the ws_ prefix', () => {
    const asked: string[] = [];
    (globalThis as Holder).chrome = {
      i18n: {
        getMessage: (key: string) => {
          asked.push(key);
          // Chrome answers an unknown key with an empty string.
          return key === 'ws_moveUp' ? '上へ' : '';
        },
      },
    };
    expect(tr('moveUp')).toBe('上へ');
    expect(tr('moveDown')).toBe('Move down');
    expect(asked).toEqual(['ws_moveUp', 'ws_moveDown']);
  });
});

describe('workspace strings in _locales', () => {
  const locale = (lang: string) =>
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`),
        'utf8',
      ),
    ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  /** A message as tr() fills it: named placeholders back to their `$n`. */
  const positional = (entry: {
    message: string;
    placeholders?: Record<string, { content: string }>;
  }) =>
    entry.message.replace(
      /\$(\w+)\$/g,
      (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
    );

  it('English messages match the map, so the page reads the same with or without them', () => {
    const en = locale('en');
    for (const [key, text] of Object.entries(WORKSPACE_STRINGS)) {
      expect(en[`ws_${key}`], key).toBeDefined();
      expect(positional(en[`ws_${key}`] ?? { message: '' }), key).toBe(text);
    }
  });

  it('every Japanese message exists and takes the same substitutions', () => {
    const ja = locale('ja');
    const slots = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const [key, text] of Object.entries(WORKSPACE_STRINGS)) {
      const entry = ja[`ws_${key}`];
      expect(entry, key).toBeDefined();
      expect(slots(positional(entry ?? { message: '' })), key).toEqual(slots(text));
    }
  });
});
