import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Starter } from '../../core/markdown';
import {
  DEFAULT_DIGEST_ID,
  type Digest,
  digestOf,
  type IdGenerator,
  randomId,
} from '../../core/model';
import { localeDefaults } from '../../core/model/locale';
import { type StorageOptions, transact } from '../db';
import { fitDigest } from '../fits';
import type { DigestDB } from '../schema/stores';
import { DEFAULT_CATEGORIES, type Settings } from './defaults';
import { readSettings } from './settings';

/**
 * The digests an editor runs. They live in the settings store under one key, so a database
 * from before digests reads as one digest made from its settings; every category and issue
 * without a `digestId` belongs to that first digest.
 */

type SettingsStore = Pick<
  IDBPObjectStore<DigestDB, ArrayLike<StoreNames<DigestDB>>, 'settings', IDBTransactionMode>,
  'get' | 'getAll' | 'getAllKeys'
>;
const KEY = 'digests' as keyof Settings;

/** The first digest, as the settings of a database from before digests describe it. */
export function firstDigest(settings: Settings, locale?: string): Digest {
  const byLocale = localeDefaults(locale);
  return {
    id: DEFAULT_DIGEST_ID,
    name: settings.titleTemplate.replace(/\s*[(（]?\{(?:date|number)\}.*$/, '').trim() || 'Digest',
    style: settings.style,
    titleTemplate: settings.titleTemplate || byLocale.titleTemplate,
    header: '',
    intro: '',
    afterwordHeading: settings.afterwordHeading || byLocale.afterwordHeading,
    numberStep: 1,
    dateStep: 7,
    checksOff: [],
  };
}

/** The digests, read in the caller's transaction (its settings store). */
export async function readDigests(store: SettingsStore): Promise<Digest[]> {
  const stored = await readStoredDigests(store);
  return stored ?? [firstDigest(await readSettings(store))];
}

/** The digests stored, or the first one made from the settings when none are. */
export function digestsFrom(stored: Digest[] | undefined, settings: Settings): Digest[] {
  return stored ?? [firstDigest(settings)];
}

/** The digests as stored, or undefined before the first was edited (then `firstDigest`). */
export async function readStoredDigests(store: SettingsStore): Promise<Digest[] | undefined> {
  const stored = (await store.get(KEY as never)) as unknown;
  return Array.isArray(stored) && stored.length > 0 ? (stored as Digest[]) : undefined;
}

export async function listDigests(options: StorageOptions = {}): Promise<Digest[]> {
  return transact(options, ['settings'], 'readonly', (tx) =>
    readDigests(tx.objectStore('settings')),
  );
}

/** The digest of that id, or the first one when it no longer exists. */
export function digestById(digests: Digest[], id: string): Digest {
  return digests.find((d) => d.id === id) ?? (digests[0] as Digest);
}

/** The digest the popup, the menus and the workspace file into: the one used last. */
export async function readCurrentDigest(store: SettingsStore): Promise<Digest> {
  // Both at once, and the first digest made from the settings read here: readDigests
  // would read them again after finding no digests stored, one more round trip.
  const [stored, settings] = await Promise.all([readStoredDigests(store), readSettings(store)]);
  return digestById(digestsFrom(stored, settings), settings.currentDigestId);
}

export async function getCurrentDigest(options: StorageOptions = {}): Promise<Digest> {
  return transact(options, ['settings'], 'readonly', (tx) =>
    readCurrentDigest(tx.objectStore('settings')),
  );
}

export async function setCurrentDigest(id: string, options: StorageOptions = {}): Promise<void> {
  await transact(options, ['settings'], 'readwrite', async (tx) => {
    const store = tx.objectStore('settings');
    const digests = await readDigests(store);
    if (!digests.some((d) => d.id === id)) throw new Error('That digest no longer exists.');
    await store.put(id, 'currentDigestId');
  });
}

/** Saves a digest's fields; the list is read and written in one transaction. */
export async function saveDigest(digest: Digest, options: StorageOptions = {}): Promise<void> {
  await transact(options, ['settings'], 'readwrite', (tx) =>
    writeDigest(tx.objectStore('settings'), digest),
  );
}

/** Writes a digest's fields in the caller's transaction, which read the list too. */
export async function writeDigest(
  store: SettingsStore & { put(value: never, key: keyof Settings): Promise<unknown> },
  digest: Digest,
): Promise<void> {
  fitDigest(digest);
  const digests = await readDigests(store);
  const next = digests.some((d) => d.id === digest.id)
    ? digests.map((d) => (d.id === digest.id ? digest : d))
    : [...digests, digest];
  await store.put(next as never, KEY);
}

export interface NewDigest {
  name: string;
  style: string;
  /** The style's starter (core/markdown/style/starter.ts): its title and sections. */
  starter?: Starter;
}

/**
 * A new digest, made current, in one transaction, with its own copy of its style's
 * sections (the default sections for a style that names none).
 */
export async function createDigest(
  input: NewDigest,
  options: StorageOptions & { newId?: IdGenerator; locale?: string } = {},
): Promise<Digest> {
  const newId = options.newId ?? randomId;
  return transact(options, ['settings', 'categories'], 'readwrite', async (tx) => {
    const store = tx.objectStore('settings');
    const digests = await readDigests(store);
    const byLocale = localeDefaults(options.locale);
    const digest: Digest = {
      ...firstDigest(await readSettings(store), options.locale),
      id: newId(),
      name: input.name.trim() || 'Digest',
      style: input.style,
      titleTemplate: input.starter?.title ?? `${input.name.trim()} ({date})`,
      afterwordHeading: byLocale.afterwordHeading,
    };
    await store.put([...digests, digest] as never, KEY);
    await store.put(digest.id, 'currentDigestId');
    const categories = tx.objectStore('categories');
    const sections = input.starter?.sections?.length
      ? input.starter.sections.map((section, order) => ({ ...section, order }))
      : DEFAULT_CATEGORIES;
    for (const category of sections) {
      await categories.put({ ...category, id: newId(), digestId: digest.id });
    }
    return digest;
  });
}

/** The categories of one digest, in their order. */
export function ofDigest<T extends { digestId?: string }>(records: T[], digestId: string): T[] {
  return records.filter((record) => digestOf(record) === digestId);
}
