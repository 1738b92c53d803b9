import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StorageFullError,
  StorageUnavailableError,
  storageError,
  unavailable,
} from '../../../src/storage/errors';
import { englishMessage } from '../helpers/english-messages';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('idb');
  vi.resetModules();
});

describe('a full disk', () => {
  it('failing the open is named as no space with its remedy, not as a private window', async () => {
    const { storageAdvice, storageMessage } = await import('../../../src/ui/storage-message');
    const error = unavailable(quota());
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.reason).toBe('full');
    expect(error.message).toMatch(/disk is full \(QuotaExceededError\)/);
    expect(error.message).not.toMatch(/private window/);
    expect(storageMessage(error)).toBe(englishMessage('storageNoSpace'));
    expect(storageAdvice(error)).toBe(englishMessage('storageNoSpaceAdvice'));
    // Other failures keep their own words.
    const other = unavailable(new DOMException('refused', 'InvalidStateError'));
    expect(storageMessage(other)).toBe(englishMessage('storageUnavailable'));
    expect(storageAdvice(other)).toBe(englishMessage('storageProblemAdvice'));
  });

  it('an open that fails after a restore ran out of space says no space', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ usage: 999, quota: 1000 }) },
    });
    vi.doMock('idb', async (original) => ({
      ...(await original<typeof import('idb')>()),
      openDB: () =>
        Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError')),
    }));
    const { openDatabase } = await import('../../../src/storage/db');
    const failure = await openDatabase(`full-${crypto.randomUUID()}`).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'StorageUnavailableError', reason: 'full' });
  });

  it('a write that runs out of space is a StorageFullError', () => {
    expect(storageError(quota())).toBeInstanceOf(StorageFullError);
  });
});
