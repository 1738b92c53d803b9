import type { EditorialFinding } from '../../core/issue/checks';
import type { SiteFinding } from '../../core/markdown/site/checks';

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

/** The key a digest turns each finding off by. */
export const CHECK_OF: Record<EditorialFinding['kind'] | SiteFinding['kind'], CheckKey> = {
  'no-comment': 'noComment',
  'no-link': 'noLink',
  'empty-category': 'emptyCategory',
  'duplicate-url': 'duplicateUrl',
  tracking: 'tracking',
  'open-comment': 'openComment',
  'site-rule': 'siteRule',
  'not-a-card': 'notACard',
  'earlier-issue': 'earlierIssue',
};
