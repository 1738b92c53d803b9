import { BUILTIN_STYLE_NAMES, type HouseStyle } from '../../core/markdown';
import { type StorageOptions, transact } from '../db';

/** The editor's own house styles, by name. */
export async function listStyles(options: StorageOptions = {}): Promise<HouseStyle[]> {
  return transact(options, ['styles'], 'readonly', (tx) => tx.objectStore('styles').getAll());
}

/** Adds or replaces one of the editor's styles (validated by the caller with parseStyle). */
export async function putStyle(style: HouseStyle, options: StorageOptions = {}): Promise<void> {
  // Stored, it would never be used: a built-in style of the same name is always found first.
  if (BUILTIN_STYLE_NAMES.includes(style.name))
    throw new Error(`${style.name} is a built-in style's name; a style of your own needs another`);
  await transact(options, ['styles'], 'readwrite', async (tx) => {
    await tx.objectStore('styles').put(style);
  });
}

export async function deleteStyle(name: string, options: StorageOptions = {}): Promise<void> {
  await transact(options, ['styles'], 'readwrite', async (tx) => {
    await tx.objectStore('styles').delete(name);
  });
}
