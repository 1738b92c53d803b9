import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderIssue } from '../../../src/core/markdown/write/render';
import { localeDefaults, uiLocale } from '../../../src/core/model/locale';
import { getSettings, setSetting } from '../../../src/storage/digests/settings';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { at, freshDb } from './fresh-db';

describe('localeDefaults', () => {
  it('knows the shipped languages by their primary subtag and falls back to English', () => {
    expect(
      ['ja', 'ja-JP', 'JA_jp', 'en', 'en-GB', 'fr', '', undefined, null].map(uiLocale),
    ).toEqual(['ja', 'ja', 'ja', 'en', 'en', 'en', 'en', 'en', 'en']);
    expect(localeDefaults('ja')).toEqual({
      titleTemplate: '週刊ダイジェスト ({date}号)',
      afterwordHeading: 'あとがき',
    });
    expect(localeDefaults('fr-CA')).toEqual(localeDefaults('en'));
  });

  it('hands out copies, so a caller cannot change the next one', () => {
    localeDefaults('en').afterwordHeading = 'changed';
    expect(localeDefaults('en').afterwordHeading).toBe('Afterword');
  });
});

describe('getCurrentDraft in a language', () => {
  afterEach(() => vi.unstubAllGlobals());
  const draft = (db: { dbName: string }, locale?: string) =>
    getCurrentDraft({ ...db, now: at(2022, 7, 29), newId: () => 'd1', locale });

  it('a Japanese install starts with a Japanese title and あとがき', async () => {
    const issue = await draft(freshDb(), 'ja');
    expect(issue.title).toBe('週刊ダイジェスト ({date}号)');
    expect(issue.afterwordHeading).toBe('あとがき');
    const markdown = renderIssue({
      issue: { ...issue, afterword: '来週もお楽しみに。' },
      categories: [],
      clips: [],
    });
    expect(markdown).toContain('# 週刊ダイジェスト (2022-07-29号)');
    expect(markdown).toContain('## あとがき\n\n来週もお楽しみに。');
  });

  it('an English one starts with Weekly digest and Afterword', async () => {
    const issue = await draft(freshDb(), 'en-US');
    expect(issue.title).toBe('Weekly digest ({date})');
    expect(issue.afterwordHeading).toBe('Afterword');
  });

  it('a template the user stored wins over the language, even an English one in Japanese', async () => {
    const db = freshDb();
    await setSetting('titleTemplate', 'Neco Weekly ({date}号)', db);
    await setSetting('afterwordHeading', 'Afterword', db);
    const issue = await draft(db, 'ja');
    expect(issue.title).toBe('Neco Weekly ({date}号)');
    expect(issue.afterwordHeading).toBe('Afterword');
  });

  it('without a locale it follows navigator.language, and settings still read as stored', async () => {
    vi.stubGlobal('navigator', { language: 'ja-JP' });
    const db = freshDb();
    expect((await draft(db)).afterwordHeading).toBe('あとがき');
    // Nothing was written to the settings: a later language change still applies.
    expect((await getSettings(db)).afterwordHeading).toBe('Afterword');
  });
});
