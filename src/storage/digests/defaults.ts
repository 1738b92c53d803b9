import { DEFAULT_STYLE } from '../../core/markdown';
import { type Category, DEFAULT_DIGEST_ID } from '../../core/model';
import { localeDefaults } from '../../core/model/locale';

/** English: what settings read as when nothing is stored; new drafts use their own language's. */
const ENGLISH = localeDefaults('en');

/**
 * The sections a new install starts with. Fixed ids rather than random ones, so that two
 * editors' fresh installs agree on them when their clips are merged into one issue.
 * `🛠️` is U+1F6E0 followed by U+FE0F; without the selector it renders as text on some systems.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'new-features', emoji: '✨', name: 'New Features', order: 0 },
  { id: 'notable-articles', emoji: '👀', name: 'Notable Articles', order: 1 },
  { id: 'tools', emoji: '\u{1F6E0}\uFE0F', name: 'Tools, Frameworks, Libraries', order: 2 },
];

export const DEFAULT_SETTINGS = {
  /** Recorded on each clip for team merges; empty until the user sets it. */
  clippedBy: '',
  /**
   * Title template of new issues; `{date}` and `{number}` are filled in when rendering.
   * Until the user stores one, a new draft takes its language's (core/locale.ts).
   */
  titleTemplate: ENGLISH.titleTemplate,
  /** The house style new issues are written in (a built-in name or one of the editor's own). */
  style: DEFAULT_STYLE as string,
  afterwordHeading: ENGLISH.afterwordHeading,
  /** The category the popup preselects and the clip shortcut files into; '' = the first. */
  lastCategoryId: '',
  /** Days without a backup before the workspace reminds; 0 turns the reminder off. */
  backupReminderDays: 14,
  /** When the last backup was exported (ISO time), '' for never. */
  lastBackupAt: '',
  /** The digest the popup, menus and workspace file into (storage/digests.ts). */
  currentDigestId: DEFAULT_DIGEST_ID as string,
};

export type Settings = typeof DEFAULT_SETTINGS;
