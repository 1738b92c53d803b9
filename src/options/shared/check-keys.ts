/**
 * The checks beside the preview, each as the key a digest turns it off by: the draft's
 * list shows them and the digest's form switches them, so the keys live here, once.
 */

/** Every check the workspace shows, as the key a digest turns it off by. */
export const CHECKS = [
  'noComment',
  'noLink',
  'emptyCategory',
  'duplicateUrl',
  'tracking',
  'openComment',
  'siteRule',
  'notACard',
  'earlierIssue',
] as const;
export type CheckKey = (typeof CHECKS)[number];
