import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** One message in the status toast, with at most one action such as Undo. */
export interface ToastMessage {
  text: string;
  kind?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export const NotifyContext = createContext<(message: ToastMessage) => void>(() => {});

/** Shows a message in the workspace's status toast. */
export const useNotify = () => useContext(NotifyContext);

/** Errors from storage carry messages written for the user (storage/errors.ts). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
