import type { EditBase } from './edit';
import type { Clip } from './model';

/**
 * Messages between the extension's pages and its service worker: a discriminated union
 * per request, and a map from request type to its response, so a handler and its callers
 * cannot disagree on shapes.
 */

/** What the popup (or a menu) captured; the background fills in ids, order and times. */
export interface ClipInput {
  /** Set when editing an existing clip (the duplicate path). */
  id?: string;
  url: string;
  pageTitle: string;
  description: string;
  heading: string;
  comment: string;
  categoryId: string;
  /**
   * With `id`: the clip's `updatedAt` and values when the form loaded it, so an edit made
   * elsewhere since is a conflict instead of being overwritten (see core/edit.ts).
   */
  base?: EditBase<Clip>;
}

export type Request =
  | { type: 'ping' }
  | { type: 'save-clip'; input: ClipInput }
  | { type: 'refresh-badge' };

/**
 * Why a save failed, for pages that act on it: `category-missing` asks for another
 * category; `conflict` means the clip changed elsewhere since the form loaded it.
 */
export type FailureCode = 'category-missing' | 'conflict';

export type Failure = { ok: false; error: string; code?: FailureCode };

export interface Responses {
  ping: { ok: true; version: string };
  'save-clip':
    | { ok: true; clip: Clip; created: boolean }
    | (Failure & { code: 'conflict'; current: Clip; fields: string[] })
    | Failure;
  'refresh-badge': { ok: true; count: number } | Failure;
}

export type ResponseFor<R extends Request> = Responses[R['type']];

/** Broadcast to every open extension page after a change, so views update live. */
export type ChangeNotice = { type: 'changed'; what: 'clips' | 'categories' | 'issues' };
