import browser from 'webextension-polyfill';
import { onChange } from '../storage/changes';
import { refreshBadge } from './badge';
import { scheduleBadgeRefresh } from './badge-schedule';
import { handleCommand } from './commands';
import { ensureFeedAlarm, handleAlarm } from './feeds';
import { handleInstalled } from './installed';
import { createMenus, handleMenuClick } from './menus';
import { handleMessage } from './messages';

/** Registers every listener; called once per service-worker start, and by tests. */
export function init(): void {
  browser.runtime.onInstalled.addListener(handleInstalled);
  // The badge text does not survive a browser restart; onInstalled does not fire then.
  browser.runtime.onStartup.addListener(() => void refreshBadge().catch(() => undefined));
  browser.runtime.onMessage.addListener(handleMessage);
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
  void ensureFeedAlarm().catch(() => undefined);
  // Menus name the categories, and the badge counts the draft: both follow every change,
  // from whichever page made it.
  // Switching the current digest is a settings write: its sections and draft count then.
  onChange(({ stores }) => {
    if (stores.includes('categories') || stores.includes('settings'))
      void createMenus().catch(() => undefined);
    if (stores.includes('clips') || stores.includes('issues') || stores.includes('settings'))
      scheduleBadgeRefresh();
  });
}
