import { onHost, parseWebUrl, stripTrackers, trackingParams } from './trackers';

/** The address a capture keeps, and what was changed to get it from the tab's. */
export interface CaptureUrl {
  url: string;
  /** The page declared another address of itself, and it was taken. */
  canonical: boolean;
  /** Tracking parameters taken off, by name. */
  removed: string[];
}

const site = (url: URL) => url.hostname.replace(/^www\./, '');

/**
 * Whether a page's declared address may stand for it: a web address on the same site
 * (one host within the other), so a page cannot send the clip elsewhere; and not the site's front page
 * for an inner page, which is how a misconfigured template declares every page.
 */
function mayStandFor(declared: URL, page: URL): boolean {
  // One host within the other (`m.` and `www.` of one site); never two sibling hosts,
  // which on a shared host such as github.io belong to different people.
  const related = onHost(declared.hostname, site(page)) || onHost(page.hostname, site(declared));
  if (!related) return false;
  return declared.pathname !== '/' || page.pathname === '/';
}

/**
 * The clip's address at capture: the page's canonical one where it declares it
 * (`<link rel=canonical>` first, then `og:url`, as given in `declared`), on the same site
 * only, with tracking parameters removed. The tab's address is kept as it was otherwise.
 */
export function captureUrl(pageUrl: string, declared: readonly string[]): CaptureUrl {
  const page = parseWebUrl(pageUrl);
  if (!page) return { url: pageUrl, canonical: false, removed: [] };
  let chosen = pageUrl;
  for (const candidate of declared) {
    const parsed = candidate ? parseWebUrl(candidate) : null;
    if (parsed && mayStandFor(parsed, page)) {
      chosen = parsed.href;
      break;
    }
  }
  // A canonical address that differs only by trackers or a fragment is no change of page.
  const removed = [...new Set([...trackingParams(pageUrl), ...trackingParams(chosen)])];
  const url = stripTrackers(chosen);
  const canonical =
    url !== stripTrackers(pageUrl) && url !== stripTrackers(pageUrl.replace(/#.*$/, ''));
  return { url: canonical ? url : stripTrackers(pageUrl), canonical, removed };
}
