import type { StoreNames } from 'idb';
import type { DigestDB } from './db-schema';

/**
 * Every committed write is announced to every open extension page and the service worker
 * (BroadcastChannel reaches all same-origin contexts), so a clip saved from the popup or a
 * menu appears in an open workspace without a reload. Announced after `tx.done`, so a
 * listener that reads again sees the new data.
 */
export interface ChangeNotice {
  db: string;
  stores: StoreNames<DigestDB>[];
}

const CHANNEL = 'digest-clipper-changes';
let sender: BroadcastChannel | undefined;

export function announceChange(notice: ChangeNotice): void {
  if (typeof BroadcastChannel === 'undefined') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage(notice);
}

/** Calls back on changes made by other contexts (and other pages); returns an unsubscribe. */
export function onChange(callback: (notice: ChangeNotice) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<ChangeNotice>) => callback(event.data);
  return () => channel.close();
}
