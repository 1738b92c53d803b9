import { afterEach, describe, expect, it } from 'vitest';
import { tr } from '../../../src/options/strings';

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
