import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t, uiLanguage } from '../../../src/ui/i18n';
import { englishMessage } from '../helpers/english-messages';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const en: Record<string, Entry> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

/** A stand-in `i18n` that records what it is asked and answers from `answers`. */
function recorder(answers: Record<string, string>) {
  const asked: [string, unknown][] = [];
  const getMessage = (key: string, subs?: string | string[]) => {
    asked.push([key, subs]);
    return answers[key] ?? '';
  };
  return { asked, i18n: { getMessage } };
}

describe('t(): one lookup for every context', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads chrome.i18n with the full key and the substitutions as strings', () => {
    const { asked, i18n } = recorder({ ws_clipsIn: 'クリップ' });
    vi.stubGlobal('chrome', { i18n });
    expect(t('ws_clipsIn', 'News', 3)).toBe('クリップ');
    expect(asked).toEqual([['ws_clipsIn', ['News', '3']]]);
  });

  it('prefers Firefox’s browser.i18n where both exist', () => {
    const firefox = recorder({ ws_moveUp: 'Firefox' });
    const chrome = recorder({ ws_moveUp: 'Chrome' });
    vi.stubGlobal('browser', { i18n: firefox.i18n });
    vi.stubGlobal('chrome', { i18n: chrome.i18n });
    expect(t('ws_moveUp')).toBe('Firefox');
    expect(chrome.asked).toEqual([]);
  });

  it('answers the key itself when the browser has no such message, or no i18n at all', () => {
    vi.stubGlobal('chrome', recorder({}));
    expect(t('ws_moveDown')).toBe('ws_moveDown');
    vi.stubGlobal('chrome', undefined);
    expect(t('ws_moveDown')).toBe('ws_moveDown');
  });

  it('asks the browser once per label, and each source for its own answers', () => {
    const english = recorder({ ol_edit: 'Edit' });
    vi.stubGlobal('browser', { i18n: english.i18n });
    expect([t('ol_edit'), t('ol_edit'), t('ol_edit')]).toEqual(['Edit', 'Edit', 'Edit']);
    expect(english.asked).toHaveLength(1);
    // With substitutions the answer depends on them, so each call asks.
    t('ws_clipsIn', 'A');
    t('ws_clipsIn', 'B');
    expect(english.asked).toHaveLength(3);
    const japanese = recorder({ ol_edit: '編集' });
    vi.stubGlobal('browser', { i18n: japanese.i18n });
    expect(t('ol_edit')).toBe('編集');
  });

  it('a key missing from _locales/en does not compile', () => {
    // @ts-expect-error: not a key of public/_locales/en/messages.json
    const missing = () => t('ws_noSuchMessage');
    expect(missing()).toBe('ws_noSuchMessage');
    expect(en.ws_noSuchMessage).toBeUndefined();
  });

  it('uiLanguage() is the ws_lang message, English when there is none', () => {
    expect(uiLanguage()).toBe(en.ws_lang?.message);
    vi.stubGlobal('chrome', recorder({ ws_lang: 'ja' }));
    expect(uiLanguage()).toBe('ja');
    vi.stubGlobal('chrome', recorder({}));
    expect(uiLanguage()).toBe('en');
  });
});

describe('the unit tests’ chrome.i18n (helpers/i18n-setup.ts)', () => {
  it('is installed for every test and answers from _locales/en', () => {
    expect(t('ws_moveUp')).toBe(en.ws_moveUp?.message);
  });

  it('fills named placeholders through their $n content, as Chrome does', () => {
    expect(t('ws_clipsIn', '✨ New Features')).toBe('Clips in ✨ New Features');
    expect(t('ws_checkTracking', 'Alpha', 'utm_source')).toBe(
      '“Alpha” still has tracking parameters: utm_source.',
    );
    expect(t('badgeError', 'offline')).toBe('Digest Clipper: offline');
  });

  it('leaves a missing substitution empty, never reads a substitution again, knows no other key', () => {
    expect(t('ws_clipsIn')).toBe('Clips in ');
    expect(englishMessage('ws_noSuchMessage')).toBe('');
    expect(englishMessage('ws_clipsIn', '$$ and $1')).toBe('Clips in $$ and $1');
  });
});
