import { lazyComponent } from '../shared/lazy';

/**
 * The publish dialog, fetched when first opened (or preloaded after the first paint): the
 * workspace's Publish key and the export bar's button both open it, and the draft's
 * first screen never shows it.
 */
export const PublishDialog = lazyComponent(() =>
  import('./PublishDialog').then((module) => module.PublishDialog),
);
