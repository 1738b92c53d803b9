import { normalizeUrl } from '../links/normalize';
import { validateClipUrl } from '../text/url';
import { type Candidate, candidate } from './candidate';

/** What a tab tells: its address and title, when the extension may read them. */
export interface TabLike {
  url?: string;
  title?: string;
}

export interface TabsReading {
  candidates: Candidate[];
  /** Tabs whose address the browser did not give (no permission to read it). */
  unreadable: number;
}

/**
 * The web pages open in a window as candidates, with their titles, each address once.
 * Browser pages (settings, new tab, extension pages) and files are no candidates.
 */
export function candidatesFromTabs(tabs: TabLike[], via?: string): TabsReading {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  let unreadable = 0;
  for (const tab of tabs) {
    if (!tab.url) {
      unreadable++;
      continue;
    }
    const url = validateClipUrl(tab.url);
    if (!url.ok) continue;
    const key = normalizeUrl(url.url);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push(candidate({ url: url.url, title: tab.title, source: 'tab', via }));
  }
  return { candidates, unreadable };
}
