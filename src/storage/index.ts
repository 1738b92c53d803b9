/** The storage API: one function per operation, each in one transaction. */

export * from './backup';
export * from './categories';
export * from './category-edit';
export { type ChangeNotice, onChange } from './changes';
export * from './clip-edits';
export * from './clips';
export { closeDatabase, openDatabase, type StorageOptions } from './db';
export * from './documents';
export { StorageFullError, StorageUnavailableError } from './errors';
export * from './import-backup';
export * from './import-draft';
export * from './issue-edit';
export * from './issues';
export * from './merge';
export * from './pending-comments';
export * from './persistence';
export * from './publish';
export {
  DB_NAME,
  DB_VERSION,
  type DigestDatabase,
  type DigestDB,
  type StoredClip,
} from './schema/stores';
export * from './search';
export * from './settings';
export * from './trash';
