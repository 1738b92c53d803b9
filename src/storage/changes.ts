import type { StoreNames } from 'idb';
import type { DigestDB } from './schema/stores';

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

// One receiving channel per context, shared by every listener. A channel drops the messages
// it has not delivered yet when it is closed, so a listener that hands over to another
// (the workspace's early read to its own subscription) would lose a notice in between
// if each had a channel of its own. Closed a task after its last listener leaves, so a
// handover within one task keeps it open.
let receiver: BroadcastChannel | undefined;
const listeners = new Set<(notice: ChangeNotice) => void>();

/** Calls back on changes made by other contexts (and other pages); returns an unsubscribe. */
export function onChange(callback: (notice: ChangeNotice) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  if (!receiver) {
    receiver = new BroadcastChannel(CHANNEL);
    receiver.onmessage = (event: MessageEvent<ChangeNotice>) => {
      for (const listener of [...listeners]) listener(event.data);
    };
  }
  // Its own entry, so one callback subscribed twice is unsubscribed once per call.
  const entry = (notice: ChangeNotice) => callback(notice);
  listeners.add(entry);
  return () => {
    if (!listeners.delete(entry) || listeners.size > 0) return;
    setTimeout(() => {
      if (listeners.size > 0 || !receiver) return;
      receiver.close();
      receiver = undefined;
    }, 0);
  };
}
