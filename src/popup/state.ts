import type { Clip } from '../core/model';
import type { EditBase } from '../core/model/clip-edit';
import type { ExistingClip } from './form';

/** What the popup knows beyond its fields, shared by the first script and the rest. */
export interface PopupState {
  /** The tab's address as the popup opened: its pending comment's key, whatever the URL field says. */
  tabUrl: string;
  /** The page already clipped (known once the database is read). */
  existing: ExistingClip | null;
  /**
   * The page is only in a published issue, which is read-only: saving adds it to the
   * current draft as a new clip (a follow-up) instead of editing the published one.
   */
  followUp?: boolean;
  /** The clip this popup saved, so saving again edits it instead of clipping twice. */
  savedId?: string;
  /** The clip as this popup last knew it, so an edit made elsewhere is not overwritten. */
  base?: EditBase<Clip>;
  saving: boolean;
  /**
   * The style's own item fields, once the rest has shown them (item-fields.ts): the clip's
   * `extra` as the form leaves it, and the first value that cannot be stored, with why.
   */
  itemFields?: {
    read(): Record<string, string>;
    problem(): { message: string; element: HTMLElement } | null;
  };
  /** Settles once the rest (database, pending comment, page text) has loaded or failed. */
  restReady?: Promise<unknown>;
  /** Set by the rest: a removed category is answered with the current ones. */
  onCategoryGone?: () => Promise<void>;
}

export const state: PopupState = { tabUrl: '', existing: null, saving: false };
