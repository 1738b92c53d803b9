import browser from 'webextension-polyfill';
import type { Request, ResponseFor } from '../core/messages';

/** Sends a typed request to the service worker and returns its typed answer. */
export function send<R extends Request>(request: R): Promise<ResponseFor<R>> {
  return browser.runtime.sendMessage(request) as Promise<ResponseFor<R>>;
}
