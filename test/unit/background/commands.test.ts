import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../../src/storage/db';
import { englishMessage } from '../helpers/english-messages';

// The worker's message map and the clip shortcut against a recording stand-in browser.
const api = vi.hoisted(() => {
  const tooltips: string[] = [];
  const badge: string[] = [];
  return {
    badge,
    tooltips,
    tabs: [] as { id?: number; url?: string; title?: string }[],
    browser: {
      runtime: { getManifest: () => ({ version: '9.9.9' }) },
      i18n: {
        getMessage: (_key: string, _subs?: string | string[]): string => '',
        getUILanguage: () => 'en',
      },
      tabs: { query: async () => api.tabs },
      scripting: { executeScript: async () => [] },
      action: {
        setBadgeBackgroundColor: async () => {},
        setTitle: async ({ title }: { title: string }) => {
          tooltips.push(title);
        },
        setBadgeText: async ({ text }: { text: string }) => {
          badge.push(text);
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: api.browser }));

api.browser.i18n.getMessage = englishMessage;

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
  api.badge.length = 0;
  api.tooltips.length = 0;
});

describe('the worker', () => {
  it('answers each request type with its own handler', async () => {
    const { handleMessage } = await import('../../../src/background/messages');
    expect(await handleMessage({ type: 'ping' })).toEqual({ ok: true, version: '9.9.9' });
    expect(await handleMessage({ type: 'refresh-badge' })).toEqual({ ok: true, count: 0 });
    expect(handleMessage({ type: 'not-ours' })).toBeUndefined();
  });

  it('the clip shortcut saves the tab, then marks the badge ✓, and = when pressed again', async () => {
    const { handleCommand } = await import('../../../src/background/commands');
    api.tabs = [{ id: 1, url: 'https://example.com/post', title: 'A post' }];
    const first = await handleCommand('clip-page');
    expect(first).toMatchObject({ ok: true, created: true });
    expect(api.badge.at(-1)).not.toBe('=');
    const again = await handleCommand('clip-page');
    expect(again).toMatchObject({ ok: true, created: false });
    expect(api.badge.at(-1)).toBe('=');
    expect(api.tooltips.at(-1)).toContain(englishMessage('badgeAlreadyClipped'));
  });

  it('the clip shortcut on a tab it cannot clip says so on the badge', async () => {
    const { handleCommand } = await import('../../../src/background/commands');
    api.tabs = [{ id: 2 }];
    expect(await handleCommand('clip-page')).toBeUndefined();
    expect(api.tooltips.at(-1)).toContain(englishMessage('badgeTabNotClippable'));
  });
});
