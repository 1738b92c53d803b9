import type { IDBPObjectStore, StoreNames } from 'idb';
import { type StorageOptions, transact } from '../db';
import type { DigestDB } from '../schema/stores';
import { DEFAULT_SETTINGS, type Settings } from './defaults';

export { DEFAULT_SETTINGS, type Settings } from './defaults';

type SettingsStore = Pick<
  IDBPObjectStore<DigestDB, ArrayLike<StoreNames<DigestDB>>, 'settings', IDBTransactionMode>,
  'getAll' | 'getAllKeys'
>;

/**
 * Stored values over the defaults: a setting never written reads as its default, and a
 * setting that later versions drop is ignored rather than leaking into the result.
 */
export async function readSettings(store: SettingsStore): Promise<Settings> {
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const settings: Settings = { ...DEFAULT_SETTINGS };
  keys.forEach((key, index) => {
    if (Object.hasOwn(DEFAULT_SETTINGS, key)) Object.assign(settings, { [key]: values[index] });
  });
  return settings;
}

export async function getSettings(options: StorageOptions = {}): Promise<Settings> {
  return transact(options, ['settings'], 'readonly', (tx) =>
    readSettings(tx.objectStore('settings')),
  );
}

export async function setSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  options: StorageOptions = {},
): Promise<void> {
  await transact(options, ['settings'], 'readwrite', async (tx) => {
    await tx.objectStore('settings').put(value, key);
  });
}
