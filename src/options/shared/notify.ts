import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { storageMessage } from '../../ui/storage-message';

/** One message in the status toast, with at most one action such as Undo. */
export interface ToastMessage {
  text: string;
  kind?: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** Leave focus where it is instead of on the action (the outline's Delete key). */
  keepFocus?: boolean;
}

export const NotifyContext = createContext<(message: ToastMessage) => void>(() => {});

/** Shows a message in the workspace's status toast. */
export const useNotify = () => useContext(NotifyContext);

/**
 * An error as the user reads it: storage's own (storage/errors.ts) in the page's language,
 * any other by its message.
 */
export function errorText(error: unknown): string {
  const known = storageMessage(error);
  if (known) return known;
  return error instanceof Error ? error.message : String(error);
}
