import browser from 'webextension-polyfill';
import { handleInstalled } from './installed';
import { handleMessage } from './messages';

/** Registers every listener; called once per service-worker start, and by tests. */
export function init(): void {
  browser.runtime.onInstalled.addListener(handleInstalled);
  browser.runtime.onMessage.addListener(handleMessage);
}
