import browser from 'webextension-polyfill';

/** What a page says about itself, read in the page through activeTab + scripting. */
export interface PageInfo {
  title: string;
  description: string;
  selection: string;
  /** The text of the link the context menu was opened on, if any. */
  linkText: string;
  /**
   * Addresses the page declares for itself, absolute: its `<link rel=canonical>`, then its
   * `og:url` (empty where absent). Whether one may stand for the page is core/links' call.
   */
  declared: string[];
}

export const EMPTY_PAGE_INFO: PageInfo = {
  title: '',
  description: '',
  selection: '',
  linkText: '',
  declared: [],
};

/**
 * Runs inside the page, so it must be self-contained: no imports, no closures. Only plain
 * strings come back; the page's markup is never interpreted here.
 */
function collectPageInfo(linkUrl: string | null): PageInfo {
  const meta = (selector: string) =>
    document.querySelector<HTMLMetaElement>(selector)?.content?.trim() ?? '';
  const description =
    meta('meta[property="og:description"]') ||
    meta('meta[name="description"]') ||
    meta('meta[name="twitter:description"]');
  let linkText = '';
  if (linkUrl) {
    const anchor = Array.from(document.querySelectorAll('a[href]')).find(
      (a) => (a as HTMLAnchorElement).href === linkUrl,
    );
    linkText = (anchor?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  const absolute = (href: string | null | undefined) => {
    try {
      return href ? new URL(href, document.baseURI).href : '';
    } catch {
      return '';
    }
  };
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const declared = [
    absolute(canonical?.getAttribute('href')),
    absolute(meta('meta[property="og:url"]')),
  ];
  return {
    declared,
    title: document.title,
    description,
    selection: String(window.getSelection() ?? ''),
    linkText,
  };
}

/**
 * Reads the page's description, selection and link text. Pages where extensions may not
 * run scripts (the Web Store, chrome:// pages, PDFs) give empty fields rather than an
 * error: the clip still has the tab's title and URL.
 */
export async function readPageInfo(
  tabId: number,
  linkUrl: string | null = null,
): Promise<PageInfo> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: collectPageInfo,
      args: [linkUrl],
    });
    const info = result?.result as Partial<PageInfo> | undefined;
    // Only strings come back into the extension, whatever the page did to its own globals.
    const declared = Array.isArray(info?.declared)
      ? info.declared.filter((d): d is string => typeof d === 'string').slice(0, 2)
      : [];
    return { ...EMPTY_PAGE_INFO, ...info, declared };
  } catch {
    return EMPTY_PAGE_INFO;
  }
}
